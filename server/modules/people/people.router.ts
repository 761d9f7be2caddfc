// Thin procedures: input schema, output where it matters, one service call.
import { z } from "zod";
import { adminProcedure, authedProcedure, orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import { ZId } from "../../lib/validation";
import * as invitations from "./invitations.service";
import {
  ZChangeManager,
  ZChangeRole,
  ZCreateInvitation,
  ZCreateTeam,
  ZInvitationToken,
  ZListPeople,
  ZPeoplePage,
  ZPersonId,
  ZSetStatus,
  ZUpdatePerson,
} from "./people.schema";
import * as people from "./people.service";
import * as reporting from "./reporting.service";

export const peopleRouter = router({
  list: orgProcedure
    .input(ZListPeople)
    .output(ZPeoplePage)
    .query(({ ctx, input }) => people.listPeople(ctx, input)),
  get: orgProcedure.input(ZPersonId).query(({ ctx, input }) => people.getPerson(ctx, input.personId)),
  update: orgProcedure.input(ZUpdatePerson).mutation(({ ctx, input }) => people.updatePerson(ctx, input)),
  changeManager: orgProcedure
    .input(ZChangeManager)
    .mutation(({ ctx, input }) => reporting.changeManager(ctx, input.personId, input.managerId)),
  changeRole: orgProcedure
    .input(ZChangeRole)
    .mutation(({ ctx, input }) => reporting.changeRole(ctx, input.personId, input.role)),
  setStatus: orgProcedure
    .input(ZSetStatus)
    .mutation(({ ctx, input }) => reporting.setStatus(ctx, input.personId, input.status)),
  orgChart: orgProcedure.query(({ ctx }) => people.orgChart(ctx)),
  pickable: orgProcedure.query(({ ctx }) => people.pickablePeople(ctx)),
  teams: orgProcedure.query(({ ctx }) => people.listTeams(ctx)),
  managers: orgProcedure.query(({ ctx }) => people.listManagers(ctx)),
  createTeam: adminProcedure.input(ZCreateTeam).mutation(({ ctx, input }) => people.createTeam(ctx, input.name)),
});

export const invitationsRouter = router({
  create: orgProcedure.input(ZCreateInvitation).mutation(({ ctx, input }) => invitations.createInvitation(ctx, input)),
  list: orgProcedure.query(({ ctx }) => invitations.listInvitations(ctx)),
  revoke: orgProcedure
    .input(z.object({ invitationId: ZId }))
    .mutation(({ ctx, input }) => invitations.revokeInvitation(ctx, input.invitationId)),
  describe: authedProcedure
    .input(ZInvitationToken)
    .query(({ ctx, input }) => invitations.describeInvitation(ctx.db, input.token)),
  accept: authedProcedure
    .input(ZInvitationToken)
    .mutation(({ ctx, input }) => invitations.acceptInvitation(ctx.db, ctx.userId, input.token)),
});
