import { peopleRouter } from "../people/people.router";

export const people = peopleRouter;
