// A small org for 1:1 integration tests: HR admin, a manager of a manager, a report and a peer.
import type { Db } from "../db";
import { callerFor } from "./caller";
import { createOrg, createPerson } from "./factories";

const DAY = 86_400_000;

export async function oneOnOneWorld(db: Db) {
  const org = await createOrg(db, { slug: "acme" });
  const admin = await createPerson(db, { organizationId: org.id, name: "Hana Admin", role: "ADMIN" });
  const boss = await createPerson(db, { organizationId: org.id, name: "Bo Boss", role: "MANAGER" });
  const manager = await createPerson(db, {
    organizationId: org.id,
    name: "Mia Manager",
    role: "MANAGER",
    managerId: boss.id,
  });
  const report = await createPerson(db, {
    organizationId: org.id,
    name: "Raj Report",
    managerId: manager.id,
    timeZone: "America/New_York",
  });
  const peer = await createPerson(db, { organizationId: org.id, name: "Pia Peer", managerId: manager.id });
  const as = (p: { userId: string }) => callerFor(db, p.userId).oneOnOnes;
  return { org, admin, boss, manager, report, peer, as };
}

export type OneOnOneWorld = Awaited<ReturnType<typeof oneOnOneWorld>>;

/** A past meeting of the pair, created directly (history is plain rows). */
export async function pastMeeting(db: Db, w: OneOnOneWorld, daysAgo: number, data: Record<string, unknown> = {}) {
  return db.meeting.create({
    data: {
      organizationId: w.org.id,
      managerId: w.manager.id,
      reportId: w.report.id,
      startsAt: new Date(Date.now() - daysAgo * DAY),
      timeZone: "UTC",
      ...data,
    },
  });
}
