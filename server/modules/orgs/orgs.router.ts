import { z } from "zod";
import { authedProcedure, orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import { ZOrgSettings, ZUpdateOrgSettings } from "./orgs.schema";
import * as orgs from "./orgs.service";

const ZMyOrg = z.object({
  slug: z.string(),
  name: z.string(),
  role: z.enum(["ADMIN", "MANAGER", "EMPLOYEE"]),
  membershipId: z.string(),
  myName: z.string(),
  /** My profile zone in this org: pages show times in it (never the browser's). */
  myTimeZone: z.string(),
});

export const orgsRouter = router({
  mine: authedProcedure.output(z.array(ZMyOrg)).query(({ ctx }) => orgs.myOrgs(ctx.db, ctx.userId)),
  me: authedProcedure
    .output(
      z.object({ id: z.string(), email: z.string(), name: z.string().nullable(), orgs: z.array(ZMyOrg) }).nullable(),
    )
    .query(({ ctx }) => orgs.me(ctx.db, ctx.userId)),
  /** The org's product settings (every member reads them: they shape what pages show). */
  settings: orgProcedure.output(ZOrgSettings).query(({ ctx }) => orgs.orgSettings(ctx)),
  updateSettings: orgProcedure
    .input(ZUpdateOrgSettings)
    .output(ZOrgSettings)
    .mutation(({ ctx, input }) => orgs.updateOrgSettings(ctx, input)),
});
