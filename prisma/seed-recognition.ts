// Demo recognition for Northwind: six months of kudos with realistic gaps. Most people give now and
// then to a teammate or their manager; three people are never recognised; Marcus Chen thanks
// Priya Patel often and she has never thanked him back (a one-way pair); a third of the kudos are
// tagged with a competency of the starter framework, and Priya's latest is tagged Active listening
// after her last review, so it shows as evidence in her next 1:1. Deterministic; a few inserts.
import type { Prisma } from "../server/generated/prisma/client";
import type { FactoryDb, InstalledFramework } from "../server/test/factories";

const DAY = 86_400_000;
/** Nobody thanks them in the seed (the "not recognised lately" list is never empty). */
export const NEVER_RECOGNISED = ["Ben Carter", "Ruby Nguyen", "Sam Rivera"];

const MESSAGES = [
  "Stayed late to get the release notes right, and the support team had answers on day one.",
  "Walked the new joiner through the on-call runbook; she handled her first page alone.",
  "Spotted the billing edge case in review before it reached a customer.",
  "Ran the retro so everyone spoke; we left with three owners and dates.",
  "Took the angry customer call and turned it into a feature request we can use.",
  "Shared the dashboard template; it saved the team a day every sprint.",
  "Followed up on every action item from planning without being asked.",
  "Explained the migration plan in plain words to the sales team.",
];

const hashOf = (s: string) => Array.from(s).reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 100_003, 11);

export async function seedRecognition(db: FactoryDb, orgId: string, framework: InstalledFramework, now: Date) {
  const people = await db.membership.findMany({
    where: { organizationId: orgId, status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, teamId: true, managerId: true },
  });
  const byName = new Map(people.map((p) => [p.name, p]));
  const never = new Set(NEVER_RECOGNISED.flatMap((n) => byName.get(n)?.id ?? []));
  const recognitions: Prisma.RecognitionCreateManyInput[] = [];
  const recipients: Prisma.RecognitionRecipientCreateManyInput[] = [];
  const add = (giverId: string, to: string[], at: Date, message: string, competencyIndex: number | null) => {
    const id = `seed-rec-${recognitions.length + 1}`;
    const visibility = hashOf(id) % 6 === 0 ? "PRIVATE" : "PUBLIC";
    recognitions.push({
      id,
      organizationId: orgId,
      giverId,
      message,
      visibility,
      competencyId: competencyIndex === null ? null : (framework.competencies[competencyIndex]?.id ?? null),
      createdAt: at,
    });
    for (const recipientId of to)
      recipients.push({ organizationId: orgId, recognitionId: id, recipientId, giverId, visibility, createdAt: at });
  };
  const marcus = byName.get("Marcus Chen");
  const priya = byName.get("Priya Patel");
  // The one-way pair: Priya never thanks Marcus.
  const oneWay = (from: string, to: string) => from === priya?.id && to === marcus?.id;

  // Every fortnight for six months, about a third of people thank a teammate or their manager.
  for (let week = 24; week >= 1; week -= 2) {
    for (const giver of people) {
      const h = hashOf(`${giver.name}/${week}`);
      if (h % 3 !== 0) continue;
      const mates = people.filter(
        (p) =>
          p.id !== giver.id &&
          !never.has(p.id) &&
          !oneWay(giver.id, p.id) &&
          (p.teamId === giver.teamId || p.id === giver.managerId),
      );
      const to = mates[h % Math.max(1, mates.length)];
      if (!to) continue;
      const at = new Date(now.getTime() - week * 7 * DAY - (h % 5) * DAY - (h % 7) * 3_600_000);
      add(giver.id, [to.id], at, MESSAGES[h % MESSAGES.length] ?? "", h % 3 === 0 && h % 2 === 0 ? h % 8 : null);
    }
  }
  // Marcus's side of the one-way pair, and Priya's newest evidence for Active listening.
  const listening = framework.competencies.findIndex((c) => c.name === "Active listening");
  if (marcus && priya) {
    for (const weeks of [20, 12, 6])
      add(
        marcus.id,
        [priya.id],
        new Date(now.getTime() - weeks * 7 * DAY),
        MESSAGES[weeks % MESSAGES.length] ?? "",
        null,
      );
    add(
      marcus.id,
      [priya.id],
      new Date(now.getTime() - 2 * DAY),
      "In the design review you repeated back Ben's concern before answering it; the room relaxed and we decided in ten minutes.",
      listening >= 0 ? listening : null,
    );
  }
  await db.recognition.createMany({ data: recognitions });
  await db.recognitionRecipient.createMany({ data: recipients });
  return recognitions.length;
}
