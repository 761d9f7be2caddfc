// Test-data factories shared by prisma/seed.ts, integration tests and e2e. Each takes the Prisma
// client (or a transaction client) first.
export { createFeedToken, createMilestone, type MilestoneInput, milestoneRow } from "./calendar";
export { type InstalledFramework, installStarterFramework, refreshAllLevels } from "./competencies";
export { type CreateInvitationInput, createInvitation } from "./invitation";
export {
  type ActionItemInput,
  actionItemRow,
  type CadenceInput,
  cadenceRow,
  cadenceRule,
  createActionItem,
  createCadence,
  createMeeting,
  createMeetingFeedback,
  createPrivateNote,
  createTalkingPoint,
  dbDate,
  type FeedbackInput,
  feedbackRow,
  type MeetingInput,
  meetingRow,
  type PrivateNoteInput,
  privateNoteRow,
  STARTER_QUESTIONS,
  seedQuestionBank,
  type TalkingPointInput,
  talkingPointRow,
} from "./one-on-ones";
export { type CreateOrgInput, type CreateTeamInput, createOrg, createTeam } from "./org";
export {
  type BulkPersonInput,
  createPeople,
  createPerson,
  type MembershipWithUser,
  type PersonInput,
} from "./person";
export { type FactoryDb, newId, slugify, uniqueSuffix, utcDate } from "./util";
