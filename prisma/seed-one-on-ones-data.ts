// Texts and the cast for the demo 1:1s (prisma/seed-one-on-ones.ts). Names refer to NORTHWIND and
// GLOBEX in seed-data.ts. Plain workplace text only: nothing here is a secret or a test canary.

/** Who gets which shape of cadence (Northwind). Everyone else: weekly, 30 minutes, REGULAR. */
export const CAST = {
  /** The demo pair: weekly, 2 open carried-over points, 1 open action item owned by the report. */
  focus: { manager: "Marcus Chen", report: "Priya Patel" },
  /** The only two overdue pairs: their last three meetings were skipped or never happened. */
  overdueReports: ["Kenji Watanabe", "Henry Walsh"],
  /** The largest team (span 9) meets every other week, as the product suggests for wide spans. */
  biweeklyManagers: ["Liam Murphy"],
  monthlyReports: ["Rahul Sharma"],
  noAgendaReports: ["Laura Kim"],
  longReports: ["Elena Novak", "Isabel Moreau", "Rahul Sharma", "Liam Murphy"],
  globex: { manager: "Lukas Weber", report: "Sam Rivera" },
} as const;

const TALKING_POINTS = [
  "How the on-call rotation is feeling this month",
  "Priorities for the next sprint",
  "Feedback on last week's design review",
  "Career goals for this half",
  "Workload: anything to drop or hand off?",
  "Cross-team dependency on the billing migration",
  "Hiring loop: interview load and calibration",
  "Quarterly goals check-in",
  "What went well in the last release",
  "Blockers on the API deprecation",
  "Conference talk proposal",
  "Pairing and mentoring the new joiner",
  "Incident retro follow-ups",
  "Time-off plans for the next two months",
  "Documentation debt in the onboarding guide",
  "Expectations for the next level",
  "Customer escalation from last Thursday",
  "Collaboration with Product Design on the new flows",
  "Learning budget: course or book ideas",
  "Meeting load: which recurring meetings to drop",
  "Roadmap questions from the all-hands",
  "Tech debt we keep postponing",
  "How the team retro went",
  "Ideas for the next hack week",
  "Working hours across time zones",
  "Recognition: who helped you this week?",
  "Scope of the Q3 project",
  "Stakeholder update cadence",
  "Feedback for me: what should I do differently?",
  "Energy levels and focus time",
] as const;

const ACTION_ITEMS = [
  "Share the draft proposal with the team",
  "Book a 30-minute intro with the data team",
  "Write up the incident timeline",
  "Send feedback on the design doc",
  "Update the onboarding checklist",
  "Pick one course from the learning budget",
  "Draft goals for next quarter",
  "Ask Finance about the tooling budget",
  "Pair with the new joiner on the deploy pipeline",
  "Review the on-call runbook",
  "Set up a skip-level coffee",
  "Post the release notes in #announcements",
  "Prepare two slides for the team demo",
  "Collect customer quotes for the case study",
  "Close the stale tickets in the backlog",
  "Schedule the retro for the migration",
  "Write a short brag document for the review cycle",
  "Introduce them to the platform guild lead",
  "Block two focus mornings in the calendar",
  "Follow up with Support on the escalation",
] as const;

const SHARED_NOTES = [
  "Agreed to keep Friday afternoons meeting-free for focus work.",
  "The release went out on time; the rollback plan was not needed.",
  "Discussed growth areas: system design and written communication.",
  "Workload is high but manageable; revisit in two weeks.",
  "Next step on the migration: dry run in staging first.",
  "Good progress on the quarterly goal; about 60% done.",
  "Talked through the feedback from the design review and what to change.",
  "Will pair on the hiring rubric before the next loop.",
  "Customer escalation is resolved; writing up lessons learned.",
  "Interested in mentoring; will take the next new joiner.",
  "Agreed on a clearer handoff between Support and Engineering.",
  "Discussed the conference talk outline; submission due at month end.",
  "Time off is booked; coverage plan is in the team doc.",
  "On-call load is uneven; proposing a rotation tweak at the retro.",
  "Celebrated the launch; shared kudos with the whole team.",
] as const;

/** The manager's own notes: observations and reminders, never shown to anyone else. */
const PRIVATE_NOTES = [
  "Seemed tired today; check in about workload next week.",
  "Strong ownership of the incident. Mention it in the review.",
  "Wants more visibility with leadership; look for a demo slot.",
  "Ask about the side project they mentioned last time.",
  "Good energy after the launch. Keep the momentum going.",
  "Hesitant about the new scope; clarify expectations in writing.",
  "Consider them for the tech lead rotation next quarter.",
  "Remember to follow up on the learning budget request.",
  "Went quiet when the reorg came up; give space, revisit.",
  "Clear growth in stakeholder communication since last quarter.",
  "Prefers written feedback first, then discussion.",
  "Offer pairing time with the staff engineer on design docs.",
  "Mentioned commute is tough; flexible hours might help.",
  "Nominate for the quarterly recognition round.",
  "Keep an eye on meeting load; calendar looks packed.",
] as const;

const FEEDBACK_COMMENTS = {
  SOMEWHAT: ["Felt a bit rushed.", "Would like more time on career topics.", "Mostly status updates this time."],
  NO: "We ran out of time before my topics; can we start with my agenda next week?",
} as const;

export const TEXTS = {
  talkingPoints: TALKING_POINTS,
  actionItems: ACTION_ITEMS,
  sharedNotes: SHARED_NOTES,
  privateNotes: PRIVATE_NOTES,
  feedback: FEEDBACK_COMMENTS,
};

/** The demo pair's story (Marcus Chen and Priya Patel). */
export const FOCUS = {
  openPoints: ["Staff promotion packet: which projects to highlight", "On-call load since the queue migration"],
  openItem: "Draft the RFC for the queue migration and share it with Noah",
  lastNotes:
    "Queue migration is on track for the end of the month.\nPriya will lead the RFC; Marcus to line up reviewers from Platform and Growth.",
  reportPrivateNote: "Ask Marcus how the promotion committee weighs cross-team work.",
} as const;
