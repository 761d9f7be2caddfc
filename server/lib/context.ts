// The contexts services receive: OrgCtx for a signed-in member (built by orgProcedure, or by
// tests), SystemCtx for jobs acting for an organization with nobody signed in; and the unit-of-work
// seam: `atomic(ctx, work)` runs `work` in one transaction carried through `ctx.db`, so a service
// composed of other services (a manager change and its 1:1 handover) either applies whole or not
// at all. The audit log and row-level security hang on the same seam.
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../policy";

/** The database handle a service works through: the client, or the transaction it is part of. */
export type DbHandle = Db | Prisma.TransactionClient;

export type OrgCtx = {
  db: DbHandle;
  org: { id: string; slug: string; name: string; timeZone: string };
  me: { id: string; name: string; role: Role; userId: string; organizationId: string; timeZone: string };
};

/** PGlite (the embedded default) is one backend: keep units of work short and bounded. */
const TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

// Handles that are a unit of work in progress (Prisma's transaction client still answers to
// `$transaction`, so the type alone cannot tell).
const open = new WeakSet<object>();

/**
 * Runs `work` atomically: in a new transaction, or inside the caller's when there already is one
 * (so services compose). Everything in `work` must use the `ctx` it is given, never an outer one.
 */
export async function atomic<C extends { db: DbHandle }, T>(ctx: C, work: (ctx: C) => Promise<T>): Promise<T> {
  const db = ctx.db;
  if (open.has(db) || !("$transaction" in db)) return work(ctx);
  return db.$transaction((tx) => {
    open.add(tx);
    return work({ ...ctx, db: tx });
  }, TRANSACTION);
}

/**
 * Work done for one organization with nobody signed in (jobs; built per org by systemCtx). A
 * service taking it must not depend on who is asking. Every OrgCtx is also a SystemCtx.
 */
export type SystemCtx = {
  db: DbHandle;
  org: OrgCtx["org"];
};

export function systemCtx(db: Db, org: SystemCtx["org"]): SystemCtx {
  return { db, org };
}
