// Invitation factory. Only the sha256 of the token is stored (as the app does); the raw token is
// returned so a test can accept the invitation.
import { randomBytes } from "node:crypto";
import type { Invitation } from "../../generated/prisma/client";
import type { Role } from "../../generated/prisma/enums";
import { hashToken } from "../../lib/tokens";
import { type FactoryDb, slugify, uniqueSuffix } from "./util";

export type CreateInvitationInput = {
  organizationId: string;
  /** Membership id of the inviter (same organization). */
  invitedById: string;
  name?: string;
  email?: string;
  role?: Role;
  title?: string | null;
  managerId?: string | null;
  teamId?: string | null;
  /** Defaults to 7 days from now. */
  expiresAt?: Date;
  acceptedAt?: Date | null;
  revokedAt?: Date | null;
  token?: string;
};

export async function createInvitation(
  db: FactoryDb,
  input: CreateInvitationInput,
): Promise<{ invitation: Invitation; token: string }> {
  const suffix = uniqueSuffix();
  const name = input.name ?? `Invitee ${suffix}`;
  const email = (input.email ?? `${slugify(name, ".")}.${suffix}@example.test`).toLowerCase();
  const token = input.token ?? randomBytes(32).toString("base64url");
  const invitation = await db.invitation.create({
    data: {
      organizationId: input.organizationId,
      invitedById: input.invitedById,
      name,
      email,
      role: input.role ?? "EMPLOYEE",
      title: input.title ?? null,
      managerId: input.managerId ?? null,
      teamId: input.teamId ?? null,
      // The app's own scheme, so a factory invitation is accepted like a real one.
      tokenHash: hashToken(token),
      expiresAt: input.expiresAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000),
      acceptedAt: input.acceptedAt ?? null,
      revokedAt: input.revokedAt ?? null,
    },
  });
  return { invitation, token };
}
