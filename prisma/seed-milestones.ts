// Demo custom milestones for Northwind, dated in the current month (in the org's zone) or just
// ahead, so the calendar and "Celebrations coming up" always show some: a promotion (added by the
// person's manager), a new parent (added by theirs), the Platform team's founding day (yearly) and a
// product launch for Growth (both team milestones, added by HR). Deterministic; one insert.
import { DateTime } from "luxon";
import { type FactoryDb, milestoneRow } from "../server/test/factories";

export const SEEDED_MILESTONES = [
  "Promoted to Staff Software Engineer",
  "Became a parent",
  "Platform team founded",
  "Northwind Insights 2.0 launch",
] as const;

export async function seedMilestones(db: FactoryDb, orgId: string, now: Date) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timeZone: true } });
  const people = await db.membership.findMany({ where: { organizationId: orgId }, select: { id: true, name: true } });
  const teams = await db.team.findMany({ where: { organizationId: orgId }, select: { id: true, name: true } });
  const idOf = (rows: { id: string; name: string }[], name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`seed: ${name} not found`);
    return row.id;
  };
  const person = (name: string) => idOf(people, name);
  const team = (name: string) => idOf(teams, name);
  const today = DateTime.fromJSDate(now).setZone(org.timeZone).startOf("day");
  const day = (d: DateTime) => d.toISODate() ?? "";
  const [promotion, parent, founded, launch] = SEEDED_MILESTONES;
  const base = { organizationId: orgId };
  await db.customMilestone.createMany({
    data: [
      milestoneRow({
        ...base,
        title: promotion,
        date: day(today.set({ day: 8 })),
        personId: person("Noah Williams"),
        createdById: person("Marcus Chen"),
      }),
      milestoneRow({
        ...base,
        title: parent,
        date: day(today.set({ day: 12 })),
        personId: person("Kwame Mensah"),
        createdById: person("Liam Murphy"),
      }),
      milestoneRow({
        ...base,
        title: founded,
        date: day(today.set({ day: 20 }).minus({ years: 4 })),
        recurrence: "YEARLY",
        teamId: team("Platform"),
        createdById: person("Hannah Reyes"),
      }),
      milestoneRow({
        ...base,
        title: launch,
        date: day(today.plus({ days: 10 })),
        teamId: team("Growth"),
        createdById: person("Hannah Reyes"),
      }),
    ],
  });
}
