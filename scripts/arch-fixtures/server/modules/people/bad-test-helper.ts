import { createPerson } from "../../test/factories";

export const person = createPerson;
