// Live 1:1s: the two participants of a pair hear about each other's changes within a second and
// see who is there. A stream is opened only by a participant (a manager up the chain reads the page
// but is not in the room), and its messages say only that something changed and who is present —
// never content, so nothing private can travel on it (private notes do not even announce).
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { notFound } from "../../lib/errors";
import { publish } from "../../realtime/hub";
import { meetingFor } from "./access";

type Pair = { managerId: string; reportId: string };

export const pairTopic = (organizationId: string, p: Pair) => `pair:${organizationId}:${p.managerId}:${p.reportId}`;

/** The topic the caller may listen to for this meeting's pair; NOT_FOUND for anyone else. */
export async function openLive(ctx: OrgCtx, meetingId: string) {
  const m = await meetingFor(ctx, meetingId, "view");
  if (ctx.me.id !== m.managerId && ctx.me.id !== m.reportId) throw notFound("Meeting not found");
  return { topic: pairTopic(ctx.org.id, m), member: ctx.me.id };
}

/** Tells the pair's open pages that shared content changed (they refetch through the policy). */
export function announceChange(ctx: OrgCtx, pair: Pair): Promise<void> {
  return publish(ctx.db, pairTopic(ctx.org.id, pair), { type: "changed", by: ctx.me.id });
}
