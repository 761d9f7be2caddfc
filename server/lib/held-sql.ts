// "Counts as held" (Lattice's rule), as SQL over a meeting aliased `m`: marked held, or any shared
// note, checked point or action item (private notes never count, so they never reveal themselves);
// a skipped 1:1 never counts. A deleted point or item (soft delete, `deletedAt`) counts for nothing.
// The AdherenceRollup view (migration *_soft_delete_points_items) repeats this SQL: change both
// together, in a new migration. One definition for every module that asks (1:1 lists, adherence, and
// later the dashboard and nudges).
/**
 * The same rule over facts already loaded (the 1:1 page has them, deleted rows already left out);
 * must agree with HELD_SQL.
 */
export function countsAsHeld(m: {
  status: string;
  sharedNotes: string;
  hasCheckedPoint: boolean;
  hasActionItem: boolean;
}): boolean {
  return (
    m.status === "HELD" || (m.status !== "SKIPPED" && (m.sharedNotes !== "" || m.hasCheckedPoint || m.hasActionItem))
  );
}

export const HELD_SQL = `(m.status = 'HELD' OR (m.status <> 'SKIPPED' AND (
  m."sharedNotes" <> ''
  OR EXISTS (SELECT 1 FROM "TalkingPoint" tp WHERE tp."organizationId" = m."organizationId" AND tp."checkedMeetingId" = m.id AND tp."deletedAt" IS NULL)
  OR EXISTS (SELECT 1 FROM "ActionItem" ai WHERE ai."organizationId" = m."organizationId" AND ai."meetingId" = m.id AND ai."deletedAt" IS NULL))))`;
