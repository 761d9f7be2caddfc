import { db } from "../db";

export const canRead = () => db.ready;
