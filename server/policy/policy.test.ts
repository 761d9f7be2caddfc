// The visibility matrix of DESIGN.md section 1, written out cell by cell. Removing any rule in
// server/policy/index.ts flips at least one cell here.
import { describe, expect, it } from "vitest";
import { type Action, can, type Subject, type Viewer } from "./index";

// Org: CEO -> M (manager) -> R (report); P is R's peer under M; HR is an admin outside the line.
const v = (membershipId: string, role: Viewer["role"], below: string[] = []): Viewer => ({
  membershipId,
  role,
  below: new Set(below),
});
const viewers = {
  report: v("R", "EMPLOYEE"),
  peer: v("P", "EMPLOYEE"),
  manager: v("M", "MANAGER", ["R", "P"]),
  skip: v("CEO", "MANAGER", ["M", "R", "P"]),
  admin: v("HR", "ADMIN"),
  otherManager: v("X", "MANAGER", ["Y"]),
};
type Who = keyof typeof viewers;
const all = Object.keys(viewers) as Who[];
const pair = { managerId: "M", reportId: "R" };

// Every action needs its rows: a new action without any fails to compile.
const matrix: { [A in Action]: { subject: Subject[A]; allowed: Who[] }[] } = {
  "person.view": [{ subject: { personId: "R" }, allowed: all }],
  "person.viewDeactivated": [{ subject: {}, allowed: ["admin"] }],
  "person.viewBirthday": [
    { subject: { personId: "R", celebrate: "PUBLIC" }, allowed: all },
    { subject: { personId: "R", celebrate: "PRIVATE" }, allowed: ["report", "manager", "skip", "admin"] },
    { subject: { personId: "R", celebrate: "NONE" }, allowed: ["report", "admin"] },
  ],
  "person.editOwnProfile": [{ subject: { personId: "R" }, allowed: ["report", "admin"] }],
  "person.edit": [{ subject: { personId: "R" }, allowed: ["admin"] }],
  "person.changeManager": [{ subject: { personId: "R" }, allowed: ["admin"] }],
  "person.changeRole": [
    { subject: { personId: "R" }, allowed: ["admin"] },
    { subject: { personId: "HR" }, allowed: [] }, // not even an admin on themselves
  ],
  "person.deactivate": [
    { subject: { personId: "R" }, allowed: ["admin"] },
    { subject: { personId: "HR" }, allowed: [] },
  ],
  "person.viewHistory": [{ subject: { personId: "R" }, allowed: ["report", "manager", "skip", "admin"] }],
  "invitation.manage": [{ subject: {}, allowed: ["admin"] }],
  "team.create": [{ subject: {}, allowed: ["admin"] }],
  "question.add": [{ subject: {}, allowed: ["manager", "skip", "admin", "otherManager"] }],
  // HR admins never see 1:1 content of pairs they are not in.
  "oneOnOne.viewContent": [{ subject: pair, allowed: ["report", "manager", "skip"] }],
  "oneOnOne.edit": [{ subject: pair, allowed: ["report", "manager"] }],
  "oneOnOne.viewAdherence": [{ subject: pair, allowed: ["report", "manager", "skip", "admin"] }],
  "oneOnOne.viewUsefulnessTrend": [{ subject: pair, allowed: ["manager", "skip"] }],
  // Private notes: the author alone, whoever asks.
  "privateNote.read": [
    { subject: { authorId: "M" }, allowed: ["manager"] },
    { subject: { authorId: "R" }, allowed: ["report"] },
  ],
  "framework.view": [{ subject: {}, allowed: all }],
  "framework.edit": [{ subject: {}, allowed: ["admin"] }],
  "competency.review": [{ subject: pair, allowed: ["manager"] }],
  "competency.selfAssess": [{ subject: pair, allowed: ["report"] }],
  // Evidence is 1:1 content: HR sees levels, never evidence of pairs they are not in.
  "rating.view": [{ subject: pair, allowed: ["report", "manager", "skip"] }],
  "rating.viewLevels": [{ subject: { personId: "R" }, allowed: ["report", "manager", "skip", "admin"] }],
  "rating.viewDraft": [
    { subject: { authorId: "M" }, allowed: ["manager"] },
    { subject: { authorId: "R" }, allowed: ["report"] },
  ],
  "recognition.view": [
    { subject: { visibility: "PUBLIC", giverId: "P", recipientIds: ["R"] }, allowed: all },
    {
      subject: { visibility: "PRIVATE", giverId: "P", recipientIds: ["R"] },
      allowed: ["report", "peer", "manager", "skip"],
    },
  ],
  "recognition.edit": [
    { subject: { giverId: "P", ageMinutes: 14 }, allowed: ["peer"] },
    { subject: { giverId: "P", ageMinutes: 15 }, allowed: [] },
  ],
  "recognition.delete": [{ subject: { giverId: "P" }, allowed: ["peer", "admin"] }],
  "recognition.react": [
    { subject: { visibility: "PUBLIC", giverId: "P" }, allowed: all.filter((w) => w !== "peer") },
    { subject: { visibility: "PRIVATE", giverId: "P" }, allowed: [] },
  ],
  // Celebrations: no HR exception (unlike person.viewBirthday, which is the profile field).
  "milestone.view": [
    { subject: { personId: "R", celebrate: "PUBLIC" }, allowed: all },
    { subject: { personId: "R", celebrate: "PRIVATE" }, allowed: ["report", "manager", "skip"] },
    { subject: { personId: "R", celebrate: "NONE" }, allowed: ["report"] },
    { subject: { personId: "HR", celebrate: "NONE" }, allowed: ["admin"] },
  ],
  "milestone.manage": [
    { subject: { personId: "R" }, allowed: ["manager", "skip", "admin"] },
    { subject: { personId: "M" }, allowed: ["skip", "admin"] }, // not the manager on themselves
    { subject: { personId: "Y" }, allowed: ["otherManager", "admin"] },
    { subject: { personId: null }, allowed: ["admin"] }, // team milestones
  ],
  "org.manageSettings": [{ subject: {}, allowed: ["admin"] }],
  "org.viewAggregates": [{ subject: {}, allowed: ["admin"] }],
};

describe("policy matrix", () => {
  for (const [action, rows] of Object.entries(matrix) as [Action, { subject: never; allowed: Who[] }[]][]) {
    rows.forEach((row, i) => {
      for (const who of all) {
        const expected = row.allowed.includes(who);
        it(`${action}#${i}: ${who} ${expected ? "may" : "may not"}`, () => {
          expect(can(viewers[who], action, row.subject)).toBe(expected);
        });
      }
    });
  }

  it("has at least one row per action (the type makes every action appear)", () => {
    for (const rows of Object.values(matrix)) expect(rows.length).toBeGreaterThan(0);
  });
});
