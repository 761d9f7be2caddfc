// Who may see or do what (DESIGN.md section 1). Pure: no database, no framework. Callers load the
// facts (the viewer's role and subtree, the subject's participants) and ask `can`.
//
// - An employee sees their own 1:1s, ratings and recognition, plus public recognition.
// - A manager sees the same for their whole subtree (direct and indirect reports).
// - An HR admin sees people, adherence and aggregates for everyone, but never 1:1 content of
//   pairs they are not in (the 15Five model).
// - Private notes are readable by their author alone, whoever asks.

export type Role = "ADMIN" | "MANAGER" | "EMPLOYEE";

export type Viewer = {
  membershipId: string;
  role: Role;
  /**
   * Membership ids known to be below the viewer (direct or indirect reports): at least every
   * subject being asked about that is (the access layer walks up from the subjects), or the
   * viewer's whole subtree when a list needs it.
   */
  below: ReadonlySet<string>;
};

/** A manager-report pair: the unit that owns 1:1 content. */
export type Pair = { managerId: string; reportId: string };

export type Subject = {
  "person.view": { personId: string };
  "person.viewDeactivated": Record<string, never>;
  "person.viewBirthday": { personId: string; celebrate: "PUBLIC" | "PRIVATE" | "NONE" };
  "person.editOwnProfile": { personId: string };
  "person.edit": { personId: string };
  "person.changeManager": { personId: string };
  "person.changeRole": { personId: string };
  "person.deactivate": { personId: string };
  "person.viewHistory": { personId: string };
  "invitation.manage": Record<string, never>;
  "team.create": Record<string, never>;
  "question.add": Record<string, never>;
  "oneOnOne.viewContent": Pair;
  "oneOnOne.edit": Pair;
  "oneOnOne.viewAdherence": Pair;
  "oneOnOne.viewUsefulnessTrend": Pair;
  "privateNote.read": { authorId: string };
  "framework.view": Record<string, never>;
  "framework.edit": Record<string, never>;
  /** Rate the report and write evidence in one of the pair's 1:1s. */
  "competency.review": Pair;
  /** The report's own self-assessment in one of the pair's 1:1s. */
  "competency.selfAssess": Pair;
  /** Shared ratings with their evidence notes and behaviours: 1:1 content of the pair. */
  "rating.view": Pair;
  /** Latest levels and coverage (no evidence): the heatmap and the person view's chart. */
  "rating.viewLevels": { personId: string };
  /** A draft rating or self-assessment: its author alone. */
  "rating.viewDraft": { authorId: string };
  "recognition.view": { visibility: "PUBLIC" | "PRIVATE"; giverId: string; recipientIds: readonly string[] };
  /** Change a recognition's message: its giver, within the edit window. */
  "recognition.edit": { giverId: string; ageMinutes: number };
  /** Delete (soft): its giver, or an HR admin. */
  "recognition.delete": { giverId: string };
  /** React with an emoji: public recognition only, never one's own. */
  "recognition.react": { visibility: "PUBLIC" | "PRIVATE"; giverId: string };
  /**
   * A person's birthday, work anniversary or custom milestone where it is celebrated (calendar, iCal
   * feed, "coming up", emails). Stricter than person.viewBirthday: HR admins get no exception here.
   * Team milestones are the whole org's and need no check.
   */
  "milestone.view": { personId: string; celebrate: "PUBLIC" | "PRIVATE" | "NONE" };
  /** Add, change or remove a custom milestone about a person, or (personId null) about a team. */
  "milestone.manage": { personId: string | null };
  "org.manageSettings": Record<string, never>;
  "org.viewAggregates": Record<string, never>;
};

export type Action = keyof Subject;

/** How long the giver may still change a recognition's message. */
export const RECOGNITION_EDIT_MINUTES = 15;

const isSelf = (v: Viewer, id: string) => v.membershipId === id;
const isAbove = (v: Viewer, id: string) => v.below.has(id);
const isSelfOrAbove = (v: Viewer, id: string) => isSelf(v, id) || isAbove(v, id);
const isAdmin = (v: Viewer) => v.role === "ADMIN";
const inPair = (v: Viewer, p: Pair) => isSelf(v, p.managerId) || isSelf(v, p.reportId);

const rules: { [A in Action]: (v: Viewer, s: Subject[A]) => boolean } = {
  "person.view": () => true, // the directory is org-wide
  "person.viewDeactivated": (v) => isAdmin(v),
  "person.viewBirthday": (v, s) =>
    s.celebrate === "PUBLIC" ||
    isSelf(v, s.personId) ||
    isAdmin(v) ||
    (s.celebrate === "PRIVATE" && isAbove(v, s.personId)),
  "person.editOwnProfile": (v, s) => isSelf(v, s.personId) || isAdmin(v),
  "person.edit": (v) => isAdmin(v),
  "person.changeManager": (v) => isAdmin(v),
  "person.changeRole": (v, s) => isAdmin(v) && !isSelf(v, s.personId),
  "person.deactivate": (v, s) => isAdmin(v) && !isSelf(v, s.personId),
  "person.viewHistory": (v, s) => isAdmin(v) || isSelfOrAbove(v, s.personId),
  "invitation.manage": (v) => isAdmin(v),
  "team.create": (v) => isAdmin(v),
  "question.add": (v) => v.role !== "EMPLOYEE", // managers and HR admins grow the question bank
  "oneOnOne.viewContent": (v, p) => inPair(v, p) || isAbove(v, p.reportId),
  "oneOnOne.edit": (v, p) => inPair(v, p),
  "oneOnOne.viewAdherence": (v, p) => isAdmin(v) || inPair(v, p) || isAbove(v, p.reportId),
  "oneOnOne.viewUsefulnessTrend": (v, p) => isSelf(v, p.managerId) || isAbove(v, p.managerId),
  "privateNote.read": (v, s) => isSelf(v, s.authorId),
  "framework.view": () => true, // managers and employees read what they are rated on
  "framework.edit": (v) => isAdmin(v),
  "competency.review": (v, p) => isSelf(v, p.managerId),
  "competency.selfAssess": (v, p) => isSelf(v, p.reportId),
  "rating.view": (v, p) => inPair(v, p) || isAbove(v, p.reportId),
  "rating.viewLevels": (v, s) => isAdmin(v) || isSelfOrAbove(v, s.personId),
  "rating.viewDraft": (v, s) => isSelf(v, s.authorId),
  "recognition.view": (v, s) =>
    s.visibility === "PUBLIC" || isSelf(v, s.giverId) || s.recipientIds.some((id) => isSelfOrAbove(v, id)),
  "recognition.edit": (v, s) => isSelf(v, s.giverId) && s.ageMinutes < RECOGNITION_EDIT_MINUTES,
  "recognition.delete": (v, s) => isSelf(v, s.giverId) || isAdmin(v),
  "recognition.react": (v, s) => s.visibility === "PUBLIC" && !isSelf(v, s.giverId),
  "milestone.view": (v, s) =>
    s.celebrate === "PUBLIC" || isSelf(v, s.personId) || (s.celebrate === "PRIVATE" && isAbove(v, s.personId)),
  "milestone.manage": (v, s) => isAdmin(v) || (s.personId !== null && isAbove(v, s.personId)),
  "org.manageSettings": (v) => isAdmin(v),
  "org.viewAggregates": (v) => isAdmin(v),
};

export function can<A extends Action>(viewer: Viewer, action: A, subject: Subject[A]): boolean {
  return rules[action](viewer, subject);
}
