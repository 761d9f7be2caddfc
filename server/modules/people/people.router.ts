// Thin procedures: input schema, output schema, one service call.
import { z } from "zod";
import { authedProcedure, orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import { ZId } from "../../lib/validation";
import * as invitations from "./invitations.service";
import {
  ZChanged,
  ZChangeManager,
  ZChangeRole,
  ZCreateInvitation,
  ZCreateTeam,
  ZInvitation,
  ZInvitationInfo,
  ZInvitationList,
  ZInvitationToken,
  ZListPeople,
  ZOrgChart,
  ZOrgSlug,
  ZPeopleNames,
  ZPeoplePage,
  ZPerson,
  ZPersonId,
  ZRef,
  ZRefList,
  ZRefTitleList,
  ZRole,
  ZSetStatus,
  ZTeamList,
  ZUpdatePerson,
} from "./people.schema";
import * as people from "./people.service";
import * as reporting from "./reporting.service";

export const peopleRouter = router({
  list: orgProcedure
    .input(ZListPeople)
    .output(ZPeoplePage)
    .query(({ ctx, input }) => people.listPeople(ctx, input)),
  get: orgProcedure
    .input(ZPersonId)
    .output(ZPerson)
    .query(({ ctx, input }) => people.getPerson(ctx, input.personId)),
  update: orgProcedure
    .input(ZUpdatePerson)
    .output(ZPerson)
    .mutation(({ ctx, input }) => people.updatePerson(ctx, input)),
  changeManager: orgProcedure
    .input(ZChangeManager)
    .output(ZChanged)
    .mutation(({ ctx, input }) => reporting.changeManager(ctx, input.personId, input.managerId)),
  changeRole: orgProcedure
    .input(ZChangeRole)
    .output(z.object({ role: ZRole }))
    .mutation(({ ctx, input }) => reporting.changeRole(ctx, input.personId, input.role)),
  setStatus: orgProcedure
    .input(ZSetStatus)
    .output(ZSetStatus.pick({ status: true }))
    .mutation(({ ctx, input }) => reporting.setStatus(ctx, input.personId, input.status)),
  orgChart: orgProcedure.output(ZOrgChart).query(({ ctx }) => people.orgChart(ctx)),
  names: orgProcedure
    .input(ZPeopleNames)
    .output(ZRefList)
    .query(({ ctx, input }) => people.peopleNames(ctx, input.ids)),
  pickable: orgProcedure.output(ZRefTitleList).query(({ ctx }) => people.pickablePeople(ctx)),
  teams: orgProcedure.output(ZTeamList).query(({ ctx }) => people.listTeams(ctx)),
  managers: orgProcedure.output(ZRefList).query(({ ctx }) => people.listManagers(ctx)),
  createTeam: orgProcedure
    .input(ZCreateTeam)
    .output(ZRef)
    .mutation(({ ctx, input }) => people.createTeam(ctx, input.name)),
});

export const invitationsRouter = router({
  create: orgProcedure
    .input(ZCreateInvitation)
    .output(ZInvitation)
    .mutation(({ ctx, input }) => invitations.createInvitation(ctx, input)),
  list: orgProcedure.output(ZInvitationList).query(({ ctx }) => invitations.listInvitations(ctx)),
  revoke: orgProcedure
    .input(z.object({ invitationId: ZId }))
    .output(z.object({ revoked: z.boolean() }))
    .mutation(({ ctx, input }) => invitations.revokeInvitation(ctx, input.invitationId)),
  describe: authedProcedure
    .input(ZInvitationToken)
    .output(ZInvitationInfo)
    .query(({ ctx, input }) => invitations.describeInvitation(ctx.db, input.token)),
  accept: authedProcedure
    .input(ZInvitationToken)
    .output(ZOrgSlug)
    .mutation(({ ctx, input }) => invitations.acceptInvitation(ctx.db, ctx.userId, input.token)),
});
