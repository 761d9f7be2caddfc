// The secret iCal feed's token: one live token per membership, stored as its sha256 only; the
// plain token is shown once, when it is made. Regenerating replaces it in one transaction (the old
// URL stops working at once); revoking deletes it. The feed (server/api/calendar-feed.ts) finds the
// member by the token's hash and works as that member would when signed in.
import "server-only";
import { atomic, type DbHandle, type OrgCtx } from "../../lib/context";
import { hashToken, newToken } from "../../lib/tokens";
import { loadMembershipById } from "../access/access.service";

/** How often the feed records that it was used: at most once an hour (a poll is not a write). */
const TOUCH_MS = 3_600_000;
/** newToken(): 32 random bytes, base64url, 43 characters. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export async function subscription(ctx: OrgCtx) {
  const row = await ctx.db.calendarFeedToken.findFirst({
    where: { organizationId: ctx.org.id, membershipId: ctx.me.id },
    select: { createdAt: true, lastUsedAt: true },
  });
  return { active: row !== null, createdAt: row?.createdAt ?? null, lastUsedAt: row?.lastUsedAt ?? null };
}

export async function regenerateFeed(ctx: OrgCtx, now = new Date()) {
  const token = newToken();
  await atomic(ctx, async (tx) => {
    await tx.db.calendarFeedToken.deleteMany({ where: { organizationId: ctx.org.id, membershipId: ctx.me.id } });
    await tx.db.calendarFeedToken.create({
      data: { organizationId: ctx.org.id, membershipId: ctx.me.id, tokenHash: hashToken(token), createdAt: now },
    });
  });
  return { token };
}

export async function revokeFeed(ctx: OrgCtx) {
  await ctx.db.calendarFeedToken.deleteMany({ where: { organizationId: ctx.org.id, membershipId: ctx.me.id } });
  return { ok: true as const };
}

/**
 * The active member a feed token belongs to, or null (malformed, unknown, revoked, or the member
 * was deactivated). The token is the only thing known here, so it is looked up by its hash alone.
 */
export async function memberForFeedToken(db: DbHandle, token: string) {
  if (!TOKEN_FORMAT.test(token)) return null;
  const row = await db.calendarFeedToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, organizationId: true, membershipId: true, lastUsedAt: true },
  });
  if (!row) return null;
  const me = await loadMembershipById(db, row.organizationId, row.membershipId);
  return me ? { me, token: row } : null;
}

/** Records a use of the feed, unless one was recorded within the hour (one conditional update). */
export async function touchFeedToken(
  ctx: { db: DbHandle; org: { id: string } },
  token: { id: string; lastUsedAt: Date | null },
  now = new Date(),
) {
  if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < TOUCH_MS) return;
  await ctx.db.calendarFeedToken.updateMany({
    where: {
      id: token.id,
      organizationId: ctx.org.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - TOUCH_MS) } }],
    },
    data: { lastUsedAt: now },
  });
}
