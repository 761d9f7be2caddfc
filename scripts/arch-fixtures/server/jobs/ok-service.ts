// Allowed: jobs call services.
import { listPeople } from "../modules/people/people.service";

export const job = () => listPeople();
