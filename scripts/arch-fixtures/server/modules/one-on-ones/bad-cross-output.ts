import { ZPeoplePage } from "../people/people.output";

export const page = ZPeoplePage;
