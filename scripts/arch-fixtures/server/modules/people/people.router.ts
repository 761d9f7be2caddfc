// Allowed: a router builds on server/api procedures and calls its own module's service.
import { orgProcedure } from "../../api/procedures";
import { listPeople } from "./people.service";

export const peopleRouter = { list: [orgProcedure, listPeople] };
