// The context every org-scoped service receives (built by orgProcedure, or by tests and jobs).
import type { Db } from "../db";
import type { Role, Viewer } from "../policy";

export type OrgCtx = {
  db: Db;
  org: { id: string; slug: string; name: string; timeZone: string };
  me: { id: string; name: string; role: Role; userId: string; organizationId: string; timeZone: string };
  /** The caller's policy facts (role + subtree), loaded once per request on first use. */
  viewer: () => Promise<Viewer>;
};
