// Allowed: another module's service and pure schema.

import { ZPerson } from "../people/people.schema";
import { listPeople } from "../people/people.service";

export const uses = { listPeople, ZPerson };
