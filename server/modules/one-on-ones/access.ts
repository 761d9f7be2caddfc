// Loads a meeting through its org and checks the caller may see or edit its pair's content.
// A meeting the caller may not see is "not found", never "forbidden": its existence is content too.
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { forbidden, notFound } from "../../lib/errors";
import { can } from "../../policy";

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
} as const;

export async function meetingFor(ctx: OrgCtx, meetingId: string, need: "view" | "edit") {
  const meeting = await ctx.db.meeting.findFirst({
    where: { id: meetingId, organizationId: ctx.org.id },
    select: meetingSelect,
  });
  if (!meeting) throw notFound("Meeting not found");
  const pair = { managerId: meeting.managerId, reportId: meeting.reportId };
  const viewer = await ctx.viewer();
  const canView = can(viewer, "oneOnOne.viewContent", pair);
  if (!canView) throw notFound("Meeting not found");
  // A manager up the chain may read the pair's shared content but not write it.
  if (need === "edit" && !can(viewer, "oneOnOne.edit", pair))
    throw forbidden("Only the two participants can change a 1:1");
  return meeting;
}

export type MeetingRow = Awaited<ReturnType<typeof meetingFor>>;

/** SQL for "counts as held" (Lattice's rule): marked held, or any shared note, checked point or action item. */
export const HELD_SQL = `(m.status = 'HELD' OR (m.status <> 'SKIPPED' AND (
  m."sharedNotes" <> ''
  OR EXISTS (SELECT 1 FROM "TalkingPoint" tp WHERE tp."organizationId" = m."organizationId" AND tp."checkedMeetingId" = m.id)
  OR EXISTS (SELECT 1 FROM "ActionItem" ai WHERE ai."organizationId" = m."organizationId" AND ai."meetingId" = m.id))))`;
