import { orgProcedure } from "../../api/procedures";

export const procedure = orgProcedure;
