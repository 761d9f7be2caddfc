// Invitations: an admin invites by email; the magic link signs the person in and the invitation
// page joins them to the org. Only the token's hash is stored.
import "server-only";
import { sendInvitationEmail } from "../../email/messages";
import { env } from "../../env";
import { atomic, type DbHandle, type OrgCtx } from "../../lib/context";
import { AppError, conflict, notFound } from "../../lib/errors";
import { hashToken, newToken } from "../../lib/tokens";
import { authorize } from "../access/access.service";
import type { TCreateInvitation } from "./people.schema";

const TTL_DAYS = 7;

async function assertAdmin(ctx: OrgCtx) {
  await authorize(ctx, "invitation.manage", {}, [], { message: "Only HR admins can manage invitations" });
}

export async function createInvitation(
  ctx: OrgCtx,
  input: Required<Pick<TCreateInvitation, "email" | "name">> & TCreateInvitation,
) {
  await assertAdmin(ctx);
  const existing = await ctx.db.membership.findFirst({
    where: { organizationId: ctx.org.id, user: { email: input.email } },
    select: { status: true },
  });
  if (existing?.status === "ACTIVE") throw conflict(`${input.email} is already a member of ${ctx.org.name}`);
  const [manager, team] = await Promise.all([
    input.managerId
      ? ctx.db.membership.findFirst({ where: { id: input.managerId, organizationId: ctx.org.id, status: "ACTIVE" } })
      : null,
    input.teamId ? ctx.db.team.findFirst({ where: { id: input.teamId, organizationId: ctx.org.id } }) : null,
  ]);
  if (input.managerId && !manager) throw notFound("Manager not found");
  if (input.teamId && !team) throw notFound("Team not found");

  const token = newToken();
  const now = new Date();
  // A new invitation replaces any pending one for the same address.
  await ctx.db.invitation.updateMany({
    where: { organizationId: ctx.org.id, email: input.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const invitation = await ctx.db.invitation.create({
    data: {
      organizationId: ctx.org.id,
      email: input.email,
      name: input.name,
      role: input.role ?? "EMPLOYEE",
      title: input.title || null,
      managerId: input.managerId ?? null,
      teamId: input.teamId ?? null,
      tokenHash: hashToken(token),
      invitedById: ctx.me.id,
      expiresAt: new Date(now.getTime() + TTL_DAYS * 86_400_000),
    },
    select: { id: true, email: true, name: true, role: true, expiresAt: true, createdAt: true },
  });
  await sendInvitationEmail(ctx.db, {
    to: input.email,
    url: `${env.appUrl}/invite/${token}`,
    orgName: ctx.org.name,
    inviterName: ctx.me.name,
    inviteeName: input.name,
  });
  return invitation;
}

export async function listInvitations(ctx: OrgCtx) {
  await assertAdmin(ctx);
  return ctx.db.invitation.findMany({
    where: { organizationId: ctx.org.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true } },
    },
  });
}

export async function revokeInvitation(ctx: OrgCtx, invitationId: string) {
  await assertAdmin(ctx);
  const { count } = await ctx.db.invitation.updateMany({
    where: { id: invitationId, organizationId: ctx.org.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound("Invitation not found");
  return { revoked: true };
}

async function findUsable(db: DbHandle, token: string) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      name: true,
      role: true,
      title: true,
      managerId: true,
      teamId: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { slug: true, name: true, timeZone: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!inv || inv.revokedAt || inv.expiresAt < new Date()) throw notFound("This invitation is invalid or has expired");
  return inv;
}

/** What the invitation page shows before the person accepts. */
export async function describeInvitation(db: DbHandle, token: string) {
  const inv = await findUsable(db, token);
  return {
    orgName: inv.organization.name,
    orgSlug: inv.organization.slug,
    email: inv.email,
    inviterName: inv.invitedBy.name,
    accepted: !!inv.acceptedAt,
  };
}

export async function acceptInvitation(db: DbHandle, userId: string, token: string) {
  const inv = await findUsable(db, token);
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user || user.email !== inv.email) {
    throw new AppError("FORBIDDEN", `This invitation is for ${inv.email}. Sign out and sign in with that address.`);
  }
  if (inv.acceptedAt) return { orgSlug: inv.organization.slug };
  const now = new Date();
  const existing = await db.membership.findFirst({
    where: { organizationId: inv.organizationId, userId },
    select: { id: true },
  });
  await atomic({ db }, async ({ db: tx }) => {
    const membership = existing
      ? await tx.membership.update({ where: { id: existing.id }, data: { status: "ACTIVE", deactivatedAt: null } })
      : await tx.membership.create({
          data: {
            organizationId: inv.organizationId,
            userId,
            name: inv.name,
            role: inv.role,
            title: inv.title,
            managerId: inv.managerId,
            teamId: inv.teamId,
            timeZone: inv.organization.timeZone,
            startDate: now,
          },
        });
    if (!existing && inv.managerId) {
      await tx.managerHistory.create({
        data: { organizationId: inv.organizationId, reportId: membership.id, managerId: inv.managerId, startedAt: now },
      });
    }
    await tx.invitation.update({ where: { id: inv.id }, data: { acceptedAt: now } });
    await tx.user.update({ where: { id: userId }, data: { name: inv.name } });
  });
  return { orgSlug: inv.organization.slug };
}
