// Demo data: Northwind Labs (~40 people, 2 management levels under the CEO) and a small Globex
// tenant. Idempotent: if Northwind exists, nothing is written. Bulk inserts in one short
// transaction (embedded Postgres is one backend, so a long transaction would stall other clients).
// Run directly: `npm run db:seed` (tsx prisma/seed.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import type { PrismaClient } from "../server/generated/prisma/client";
import {
  type BulkPersonInput,
  createOrg,
  createPeople,
  type FactoryDb,
  installStarterFramework,
  newId,
  slugify,
  utcDate,
} from "../server/test/factories";
import { seedCompetencyReviews } from "./seed-competencies";
import {
  type BirthdaySpec,
  DEMO_LOGINS,
  type DemoLogin,
  type DemoOrg,
  type DemoPerson,
  EMAIL_DOMAINS,
  GLOBEX,
  NORTHWIND,
  SHARED_PEOPLE,
  type StartSpec,
} from "./seed-data";
import { seedMilestones } from "./seed-milestones";
import { seedOneOnOnes } from "./seed-one-on-ones";
import { seedRecognition } from "./seed-recognition";

export { DEMO_LOGINS, GLOBEX, NORTHWIND, THIS_MONTH } from "./seed-data";

export type SeedResult = { orgs: string[]; logins: DemoLogin[] };

const result = (): SeedResult => ({ orgs: [NORTHWIND.slug, GLOBEX.slug], logins: DEMO_LOGINS });

export function demoEmail(name: string, orgSlug: string): string {
  const shared = SHARED_PEOPLE[name];
  if (shared) return shared;
  const [first = "", ...rest] = name.split(" ");
  return `${slugify(first)}.${slugify(rest.join(" "))}@${EMAIL_DOMAINS[orgSlug] ?? `${orgSlug}.example`}`;
}

/** Resolves offset-based birthdays and start dates against `today` (a day in the org's zone). */
export function resolveDates(p: DemoPerson, today: DateTime) {
  return { ...birthday(p.bday, today), startDate: startDate(p.start, today) };
}

function birthday(spec: BirthdaySpec | null, today: DateTime) {
  if (spec === null) return { birthdayMonth: null, birthdayDay: null };
  if (Array.isArray(spec)) return { birthdayMonth: spec[0], birthdayDay: spec[1] };
  const d = typeof spec === "number" ? today.plus({ days: spec }) : today.set({ day: spec.dayOfMonth });
  return { birthdayMonth: d.month, birthdayDay: d.day };
}

function startDate(spec: StartSpec, today: DateTime): Date {
  if (typeof spec === "string") {
    const [y = 2020, m = 1, d = 1] = spec.split("-").map(Number);
    return utcDate(y, m, d);
  }
  // luxon clamps Feb 29 to Feb 28 in a non-leap year.
  const d = Array.isArray(spec)
    ? today.plus({ days: spec[0] }).minus({ years: spec[1] })
    : today.set({ day: spec.dayOfMonth }).minus({ years: spec.yearsAgo });
  return utcDate(d.year, d.month, d.day);
}

/** The org's people as bulk factory input, managers linked by pre-assigned ids. */
function toBulk(org: DemoOrg, teamIds: Map<string, string>, today: DateTime): BulkPersonInput[] {
  const ids = new Map(org.people.map((p) => [p.name, newId()]));
  const starts = new Map(org.people.map((p) => [p.name, startDate(p.start, today)]));
  const idOf = (name: string) => {
    const id = ids.get(name);
    if (!id) throw new Error(`seed: unknown manager ${name} in ${org.slug}`);
    return id;
  };
  return org.people.map((p) => {
    const dates = resolveDates(p, today);
    const managerId = p.manager ? idOf(p.manager) : null;
    const managerStart = p.manager ? starts.get(p.manager) : undefined;
    const managerSince = managerStart && managerStart > dates.startDate ? managerStart : dates.startDate;
    const left = p.leftDaysAgo !== undefined;
    return {
      id: idOf(p.name),
      name: p.name,
      email: demoEmail(p.name, org.slug),
      role: p.role ?? "EMPLOYEE",
      title: p.title,
      teamId: p.team ? teamIds.get(p.team) : null,
      timeZone: p.tz,
      celebrate: p.celebrate ?? "PUBLIC",
      ...dates,
      managerSince,
      ...(left
        ? {
            status: "DEACTIVATED" as const,
            deactivatedAt: today.minus({ days: p.leftDaysAgo }).set({ hour: 17 }).toJSDate(),
            managerId: null,
            formerManagerId: managerId ?? undefined,
          }
        : { managerId }),
    };
  });
}

async function seedOrg(db: FactoryDb, org: DemoOrg, now: Date): Promise<string> {
  const created = await createOrg(db, { name: org.name, slug: org.slug, timeZone: org.timeZone });
  const teamIds = new Map(org.teams.map((t) => [t, newId()]));
  await db.team.createMany({
    data: [...teamIds].map(([name, id]) => ({ id, name, organizationId: created.id })),
  });
  const today = DateTime.fromJSDate(now).setZone(org.timeZone).startOf("day");
  // createPeople reuses an existing User by email: Sam Rivera gets a second membership in Globex.
  await createPeople(db, created.id, toBulk(org, teamIds, today));
  return created.id;
}

/** Seeds the demo tenants unless Northwind already exists. */
export async function seedDemo(db: PrismaClient, opts: { now?: Date } = {}): Promise<SeedResult> {
  const now = opts.now ?? new Date();
  const exists = () => db.organization.findUnique({ where: { slug: NORTHWIND.slug }, select: { id: true } });
  if (await exists()) return result();
  try {
    await db.$transaction(
      async (tx) => {
        const northwind = await seedOrg(tx, NORTHWIND, now);
        await seedOneOnOnes(tx, northwind, now);
        // The starter competency framework, org-wide, for Northwind only (Globex has none).
        const framework = await installStarterFramework(tx, { organizationId: northwind });
        await seedCompetencyReviews(tx, northwind, framework, now);
        await seedRecognition(tx, northwind, framework, now);
        await seedMilestones(tx, northwind, now);
        await seedOneOnOnes(tx, await seedOrg(tx, GLOBEX, now), now, { light: true });
      },
      { maxWait: 10_000, timeout: 30_000 },
    );
  } catch (error) {
    // A concurrent seed (e.g. dev server and e2e starting together) won the race on the slug.
    if (await exists()) return result();
    throw error;
  }
  return result();
}

async function main(): Promise<void> {
  const { env } = await import("../server/env");
  const { createDb } = await import("../server/db");
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const db = createDb(env.DATABASE_URL);
  try {
    const started = performance.now();
    const { logins } = await seedDemo(db);
    const ms = Math.round(performance.now() - started);
    console.log(`Demo data ready in ${ms} ms. Sign in with any of (magic link, see /dev/outbox):`);
    for (const l of logins) console.log(`  ${l.role.padEnd(8)} ${l.email.padEnd(34)} ${l.name} (${l.org})`);
    console.log("  Sam Rivera also belongs to globex (org switcher).");
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1] ? path.resolve(process.argv[1]) : "";
if (entry === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
