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
} as const;

export async function meetingFor(ctx: OrgCtx, meetingId: string, need: "view" | "edit") {
  const meeting = await ctx.db.meeting.findFirst({
    where: { id: meetingId, organizationId: ctx.org.id },
    select: meetingSelect,
  });
  if (!meeting) throw notFound("Meeting not found");
  const pair = { managerId: meeting.managerId, reportId: meeting.reportId };
  // Walks up from the pair (not the viewer's whole subtree): cheap on every 20-second poll.
  const viewer = await viewerOf(ctx, [meeting.managerId, meeting.reportId]);
  const canView = can(viewer, "oneOnOne.viewContent", pair);
  if (!canView) throw notFound("Meeting not found");
  // A manager up the chain may read the pair's shared content but not write it.
  if (need === "edit" && !can(viewer, "oneOnOne.edit", pair))
    throw forbidden("Only the two participants can change a 1:1");
  return meeting;
}

export type MeetingRow = Awaited<ReturnType<typeof meetingFor>>;
