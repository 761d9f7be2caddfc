// Allowed: services take the handle from ctx, typed by server/db.ts.
import type { Db } from "../../db";

export const count = (ctx: { db: Db }) => ctx.db.ready;
