// Loads a meeting through its org and checks the caller may see or edit its pair's content.
// A meeting the caller may not see is "not found", never "forbidden": its existence is content too.
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { forbidden, notFound } from "../../lib/errors";
import { can } from "../../policy";
import { viewerOf } from "../access/access.service";

const meetingSelect = {
  id: true,
  organizationId: true,
  cadenceId: true,
  managerId: true,
  reportId: true,
  startsAt: true,
  durationMinutes: true,
  timeZone: true,
  status: true,
  kind: true,
  heldAt: true,
  sharedNotes: true,
  sharedNotesVersion: true,
  sharedNotesUpdatedAt: true,
  sharedNotesUpdatedBy: true,
  // Joined in the same query (relationJoins): the page needs both names, and zones for their clocks.
  manager: { select: { id: true, name: true, title: true, timeZone: true } },
  report: { select: { id: true, name: true, title: true, timeZone: true } },
} as const;

/**
 * The policy's view of the caller for a pair's content. A participant needs no facts beyond who
 * they are; anyone else is checked by walking up from the pair (not by loading their subtree), so
 * this stays cheap on every 20-second poll.
 */
export function pairViewer(ctx: OrgCtx, pair: { managerId: string; reportId: string }) {
  const inPair = ctx.me.id === pair.managerId || ctx.me.id === pair.reportId;
  return viewerOf(ctx, inPair ? [] : [pair.managerId, pair.reportId]);
}

export async function meetingFor(ctx: OrgCtx, meetingId: string, need: "view" | "edit") {
  const meeting = await ctx.db.meeting.findFirst({
    where: { id: meetingId, organizationId: ctx.org.id },
    select: meetingSelect,
  });
  if (!meeting) throw notFound("Meeting not found");
  const pair = { managerId: meeting.managerId, reportId: meeting.reportId };
  const viewer = await pairViewer(ctx, pair);
  const canView = can(viewer, "oneOnOne.viewContent", pair);
  if (!canView) throw notFound("Meeting not found");
  // A manager up the chain may read the pair's shared content but not write it.
  if (need === "edit" && !can(viewer, "oneOnOne.edit", pair))
    throw forbidden("Only the two participants can change a 1:1");
  return meeting;
}

export type MeetingRow = Awaited<ReturnType<typeof meetingFor>>;
