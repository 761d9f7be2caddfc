import { peopleRouter } from "../modules/people/people.router";

export const job = () => peopleRouter;
