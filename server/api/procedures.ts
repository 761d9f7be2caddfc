// Procedure factories. Authorization lives here and in services, never only in middleware/proxy
// or the UI: orgProcedure resolves the tenant from the input and the caller's active membership on
// every call, so a deactivated member loses access on the next request.
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { env } from "../env";
import { text } from "../lib/validation";
import { loadMembership, type Me, orgScope } from "../modules/access/access.service";
import { baseProcedure, type Context } from "./trpc";

export const publicProcedure = baseProcedure;

/** Dev tools (the email outbox): a production deployment answers as if they did not exist. */
export const devProcedure = baseProcedure.use(({ next }) => {
  if (!env.demoEnabled) throw new TRPCError({ code: "NOT_FOUND", message: "Not found" });
  return next();
});

export const authedProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

export const ZOrgInput = z.object({ org: text({ min: 1, max: 64, label: "The organization" }) });

/**
 * Every tenant procedure: `{ org: slug, ... }` in, `ctx.org` + `ctx.me` out. Permissions are
 * checked in the services through the access layer (server/modules/access), never here.
 */
export const orgProcedure = authedProcedure.input(ZOrgInput).use(async ({ ctx, input, next }) => {
  const me = await membershipOnce(ctx, input.org);
  // Not a member, deactivated, or no such org: indistinguishable on purpose.
  if (!me) throw new TRPCError({ code: "NOT_FOUND", message: "Organization not found" });
  return next({ ctx: { ...ctx, ...orgScope(me) } });
});

/** The caller's membership, from this request's memo when it has one (Context.memberships). */
function membershipOnce(ctx: { db: Context["db"]; userId: string; memberships?: Context["memberships"] }, org: string) {
  const memo = ctx.memberships;
  if (!memo) return loadMembership(ctx.db, ctx.userId, org);
  const key = `${ctx.userId}\n${org}`;
  let found = memo.get(key) as Promise<Me | null> | undefined;
  if (!found) {
    found = loadMembership(ctx.db, ctx.userId, org);
    memo.set(key, found);
  }
  return found;
}

export type OrgContext = Parameters<Parameters<typeof orgProcedure.query>[0]>[0]["ctx"];
