import { authedProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import * as orgs from "./orgs.service";

export const orgsRouter = router({
  mine: authedProcedure.query(({ ctx }) => orgs.myOrgs(ctx.db, ctx.userId)),
  me: authedProcedure.query(({ ctx }) => orgs.me(ctx.db, ctx.userId)),
});
