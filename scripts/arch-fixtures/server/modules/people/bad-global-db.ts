import { db } from "../../db";

export const count = () => db.ready;
