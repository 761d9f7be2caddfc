// The contexts services receive: OrgCtx for a signed-in member (built by orgProcedure, or by tests),
// SystemCtx for jobs acting for an organization with nobody signed in.
import type { Db } from "../db";
import type { Role, Viewer } from "../policy";

export type OrgCtx = {
  db: Db;
  org: { id: string; slug: string; name: string; timeZone: string };
  me: { id: string; name: string; role: Role; userId: string; organizationId: string; timeZone: string };
  /** The caller's policy facts (role + subtree), loaded once per request on first use. */
  viewer: () => Promise<Viewer>;
};

/**
 * Work done for one organization with nobody signed in (jobs; built per org by systemCtx). A
 * service taking it must not depend on who is asking. Every OrgCtx is also a SystemCtx.
 */
export type SystemCtx = {
  db: Db;
  org: OrgCtx["org"];
};

export function systemCtx(db: Db, org: SystemCtx["org"]): SystemCtx {
  return { db, org };
}
