// The large-org seed (issue 10, item 2; npm run seed:large, scripts/seed-large.ts): ONE organization,
// "large-<people>", of 500 to 50,000 people with three years of history, in its own database, so the
// app can be clicked through and timed at the size of a real customer. Shape: 10% managers, spans
// 3–20, four levels below the CEO, a few HR admins, ~1% who left; one cadence per manager-report pair
// with its 1:1s every week or two for three years and eight weeks ahead (past ones mostly held, some
// skipped or missed, some pairs lapsed recently), action items, talking points, feedback, quarterly
// competency reviews, ~20 recognitions per person a year, milestones. The org chart is worked out
// here in TypeScript (chartOf: pure and deterministic, so describeLargeOrg finds the same people
// again) and passed to PostgreSQL as int[] / boolean[] parameters; the rows are written like
// ./recognition-scale.ts does, by the INSERT … SELECT statements of ./large-org-plan.ts (one per
// table, the biggest in chunks; no transaction: a half-loaded org is deleted and loaded again), ids
// prefixed "lg<people>-" (two sizes can share a database), ANALYZE after each parent table and
// VACUUM (ANALYZE) at the end.
import type pg from "pg";
import type { Db } from "../../server/db";
import { refreshAllLevels } from "../../server/modules/competencies/levels";
import { DEFAULT_SCALE } from "../../server/modules/competencies/starter";
import { refreshDashboardRollup } from "../../server/modules/dashboard/org-rollup.service";
import { refreshAdherenceRollup } from "../../server/modules/one-on-ones/adherence-rollup.service";
import { installStarterFramework, seedQuestionBank } from "../../server/test/factories";
import * as sql from "./large-org-plan";

export const MIN_PEOPLE = 500;
/** Beyond this the CEO's 20 VPs cannot keep every span within 3–20. */
export const MAX_PEOPLE = 50_000;
export const MIN_SPAN = 3;
export const MAX_SPAN = 20;
/** The manager of managers' subtree (themselves included) once the org has 2,500 people. */
export const DIVISION_SIZE = 500;

/*
 * Membership n = 0 .. people-1, numbered level by level (ids "lg<people>-m-<n>"):
 *   0                  the CEO
 *   1 .. V             V VPs (3 to 20); VP 1 heads "the division", the manager of managers
 *   V+1 ..             directors: the division's first (3 to 4), then the others' (3–20 per VP)
 *   F ..               front-line managers: the division's first, and of those the first three are
 *                      manager12 (exactly 12 reports) and the two managers (20 each) of the team
 *                      of 40; n < managers (10% of people, rounded) are all MANAGERs
 *   managers ..        employees, each block under its manager in order: manager12's 12 reports
 *                      first, then the team of 40, then the rest; the last few are the HR ADMINs
 * The division is min(500, people / 5) people: 500 from 2,500 people up (so at 5,000 and 50,000),
 * 100 at the minimum of 500 people (1 VP, 3 directors, 9 managers, 87 employees). Spans elsewhere
 * vary by a hash between 3 and 20 (front-line managers average 9 to 13 reports).
 * Team k is manager k's direct reports (the CEO sits with the VPs in team 0), except that the two
 * managers of the team of 40 share one team (no span exceeds 20, so 40 takes two managers).
 */
export type Chart = {
  people: number;
  /** Every id of this org starts with it: "lg<people>-". */
  prefix: string;
  /** Memberships n < managers are MANAGERs. */
  managers: number;
  /** Memberships n >= adminsFrom are HR ADMINs (employees otherwise). */
  adminsFrom: number;
  /** Per n: the manager's n (-1: none), the team's k, the level (0 CEO .. 4 employee). */
  managerOf: number[];
  teamOf: number[];
  level: number[];
  /** Per n: DEACTIVATED (~1% of employees). Per report n: the pair's 1:1s lapsed recently. */
  inactive: boolean[];
  lapsed: boolean[];
  /** The teams that exist (a manager's n each). */
  teams: number[];
  /** The n of the people the descriptor names. */
  manager12: number;
  managerOfManagers: number;
  divisionSize: number;
  employee: number;
  hr: number;
  /** The team of 40: the team of the first of its two managers. */
  team: number;
};

/** 0 .. 2^32-1 from an integer and a salt (murmur3's finalizer): stable across runs and machines. */
export function mix(x: number, salt: number): number {
  let h = Math.imul(x ^ Math.imul(salt + 1, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Spans of `parents` managers over `children` people, each 3–20, uneven by a hash. */
function spread(children: number, parents: number, salt: number): number[] {
  if (children < MIN_SPAN * parents || children > MAX_SPAN * parents)
    throw new Error(`cannot spread ${children} people over ${parents} managers within spans 3-20`);
  const weights = Array.from({ length: parents }, (_, p) => 0.4 + (mix(p, salt) % 1000) / 800);
  const total = weights.reduce((a, b) => a + b, 0);
  const extra = children - MIN_SPAN * parents;
  const spans = weights.map((w) => MIN_SPAN + Math.min(MAX_SPAN - MIN_SPAN, Math.floor((extra * w) / total)));
  let left = children - spans.reduce((a, b) => a + b, 0);
  for (let p = 0; left > 0; p = (p + 1) % parents) {
    if ((spans[p] ?? MAX_SPAN) < MAX_SPAN) {
      spans[p] = (spans[p] ?? 0) + 1;
      left -= 1;
    }
  }
  return spans;
}

export function chartOf(people: number): Chart {
  if (!Number.isInteger(people) || people < MIN_PEOPLE || people > MAX_PEOPLE)
    throw new Error(`people must be a whole number from ${MIN_PEOPLE} to ${MAX_PEOPLE}, got ${people}`);
  const managers = Math.round(people / 10);
  const division = Math.min(DIVISION_SIZE, Math.floor(people / 5));
  const divDirectors = clamp(Math.round(division / 125), 3, 20);
  const divManagers = Math.max(3 * divDirectors, Math.round(division / 11));
  const divEmployees = division - 1 - divDirectors - divManagers;
  const vps = clamp(Math.round(people / 2500), 3, 20);
  const restManagers = managers - 2 - divDirectors - divManagers; // other VPs, directors, front line
  const restDirectors = clamp(Math.round((restManagers - (vps - 1)) / 12), 3 * (vps - 1), 20 * (vps - 1));
  const restFront = restManagers - (vps - 1) - restDirectors;
  const restEmployees = people - division - 1 - restManagers;

  const managerOf = new Array<number>(people).fill(-1);
  const level = new Array<number>(people).fill(4);
  let next = 1;
  /** Gives each parent its span of the next people in order, at `lvl`. */
  const assign = (parents: number[], spans: number[], lvl: number) => {
    parents.forEach((p, i) => {
      for (let c = 0; c < (spans[i] ?? 0); c++) {
        managerOf[next] = p;
        level[next] = lvl;
        next += 1;
      }
    });
  };
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  level[0] = 0;
  assign([0], [vps], 1);
  const vpList = range(1, vps);
  const directorsFrom = next;
  assign([1], [divDirectors], 2);
  assign(vpList.slice(1), spread(restDirectors, vps - 1, 11), 2);
  const frontFrom = next;
  assign(range(directorsFrom, divDirectors), spread(divManagers, divDirectors, 12), 3);
  assign(range(directorsFrom + divDirectors, restDirectors), spread(restFront, restDirectors, 13), 3);
  if (next !== managers) throw new Error(`chart: ${next} managers, expected ${managers}`);
  const divSpans = [12, 20, 20, ...spread(divEmployees - 52, divManagers - 3, 14)];
  assign(range(frontFrom, divManagers), divSpans, 4);
  assign(range(frontFrom + divManagers, restFront), spread(restEmployees, restFront, 15), 4);
  if (next !== people) throw new Error(`chart: ${next} people, expected ${people}`);

  const [manager12, teamA, teamB] = [frontFrom, frontFrom + 1, frontFrom + 2];
  const admins = clamp(Math.round(people / 5000), 3, 10);
  const adminsFrom = people - admins;
  const special = (n: number) => n < managers + 52 || n >= adminsFrom; // managers, manager12's and the team's
  const inactive = range(0, people).map((n) => !special(n) && mix(n, 3) % 100 === 0);
  // Lapsed: ~4% of pairs, and manager12's 12th report (manager12's other reports keep their rhythm).
  const lapsed = range(0, people).map(
    (n) => n === managers + 11 || (n > 0 && !special(n) && !inactive[n] && mix(n, 4) % 100 < 4),
  );
  const teamOf = managerOf.map((m) => (m < 0 ? 0 : m === teamB ? teamA : m));
  return {
    people,
    prefix: `lg${people}-`,
    managers,
    adminsFrom,
    managerOf,
    teamOf,
    level,
    inactive,
    lapsed,
    teams: range(0, managers).filter((k) => k !== teamB),
    manager12,
    managerOfManagers: 1,
    divisionSize: division,
    employee: managers,
    hr: adminsFrom,
    team: teamA,
  };
}

export type LargeOrgPerson = { userId: string; membershipId: string; email: string; name: string };

export type LargeOrg = {
  slug: string;
  orgId: string;
  people: number;
  /** Rows of this org per table (User: its members' accounts). */
  counts: Record<string, number>;
  /** Load time; 0 when the org was already there. */
  ms: number;
  /** A MANAGER with exactly 12 direct reports, all of them employees. */
  manager12: LargeOrgPerson;
  /** A VP whose subtree (themselves included) is `subtree` people: 500 from 2,500 people up, people / 5 below. */
  managerOfManagers: LargeOrgPerson & { subtree: number };
  /** An HR ADMIN. */
  hr: LargeOrgPerson;
  /** An ordinary employee with a manager: manager12's first report (the 1:1 below is theirs). */
  employee: LargeOrgPerson;
  /** A team of 40 (the reports of two sibling managers), and its size as loaded. */
  teamId: string;
  teamSize: number;
  /** The next SCHEDULED 1:1 of manager12 with `employee`; null once 8 weeks pass with no materialize job. */
  meetingId: string | null;
};

export type LargeOrgOptions = {
  people: number;
  now?: Date;
  /** Recognitions given per person per year (default 20: 3,000,000 over 3 years at 50,000 people). */
  recognitionsPerYear?: number;
  /** Progress lines (one per statement, with its time). */
  log?: (line: string) => void;
};

const LOADING = " (loading)";
/** Pairs per Meeting insert (~1.2M rows), recognitions per Recognition insert. */
const MEETING_CHUNK = 10_000;
const RECOGNITION_CHUNK = 1_000_000;
const slugOf = (people: number) => `large-${people}`;

/** Loads the org unless it is there already (a half-loaded one is deleted and loaded again); returns its descriptor. */
export async function loadLargeOrg(db: Db, pool: pg.Pool, opts: LargeOrgOptions): Promise<LargeOrg> {
  const { people, now = new Date(), recognitionsPerYear = 20, log = () => {} } = opts;
  const chart = chartOf(people);
  const orgId = `${chart.prefix}org`;
  const found = await pool.query<{ name: string }>(`SELECT name FROM "Organization" WHERE id = $1`, [orgId]);
  const existing = found.rows[0];
  if (existing && !existing.name.endsWith(LOADING)) return describeLargeOrg(pool, people);
  const started = performance.now();
  // Two sessions: the 1:1 rows and the recognition rows are independent, so they load side by side.
  const sessions = [await pool.connect(), await pool.connect()] as const;
  try {
    for (const c of sessions) {
      // Bulk-load settings for these sessions only: sorts and hashes in memory, no wait on WAL flushes.
      await c.query(
        `SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'; SET synchronous_commit = off; SET jit = off`,
      );
    }
    if (existing) {
      log(`${slugOf(people)} was half loaded: deleting it first`);
      await sessions[0].query(`DELETE FROM "Organization" WHERE id = $1`, [orgId]);
      await sessions[0].query(`DELETE FROM "User" WHERE id LIKE $1`, [`${chart.prefix}u-%`]);
    }
    await load({ db, sessions, chart, orgId, now, recognitionsPerYear, log });
  } finally {
    for (const c of sessions) c.release();
  }
  return { ...(await describeLargeOrg(pool, people)), ms: performance.now() - started };
}

type Load = {
  db: Db;
  sessions: readonly [pg.PoolClient, pg.PoolClient];
  chart: Chart;
  orgId: string;
  now: Date;
  recognitionsPerYear: number;
  log: (line: string) => void;
};

/** Runs both branches to their end (so neither is cut off mid-statement), then throws the first failure. */
async function both(...branches: (() => Promise<void>)[]) {
  const failed = (await Promise.allSettled(branches.map((f) => f()))).find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}

async function load({ db, sessions: [a, b], chart, orgId, now, recognitionsPerYear, log }: Load) {
  const timed = async (label: string, f: () => Promise<number | null | undefined>) => {
    const t = performance.now();
    const n = await f();
    log(`  ${label}: ${n ? `${n.toLocaleString("en")} rows, ` : ""}${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const run = (c: pg.PoolClient, label: string, text: string, params: unknown[] = []) =>
    timed(label, async () => (await c.query(text, params)).rowCount);
  const analyze = (c: pg.PoolClient, tables: string) =>
    timed(`ANALYZE ${tables}`, () => c.query(`ANALYZE ${tables}`).then(() => null));
  const today = now.toISOString().slice(0, 10);
  const base = [orgId, now, today];
  const name = `Large org (${chart.people.toLocaleString("en")} people)`;
  await run(
    a,
    "Organization",
    `INSERT INTO "Organization" (id, name, slug, "timeZone", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 'Europe/Berlin', $4::timestamptz - interval '10 years', $4)`,
    [orgId, name + LOADING, slugOf(chart.people), now],
  );
  await run(a, "Team", sql.teams(chart), [orgId, now, chart.teams]);
  await run(a, "User", sql.users(chart), [now]);
  const columns = [chart.managerOf, chart.teamOf, chart.level, chart.inactive, sql.ZONES];
  await run(a, "Membership", sql.memberships(chart), [...base, ...columns]);
  await run(a, "ManagerHistory", sql.managerHistory(chart), [orgId]);
  // Statistics before the bulk inserts that reference these rows: planned on an empty table, each
  // row's foreign-key check would scan it.
  await analyze(a, `"Team", "User", "Membership"`);
  const framework = await installStarterFramework(db, { organizationId: orgId });
  await seedQuestionBank(db, orgId);
  const competencies = framework.competencies.map((c) => c.id);
  const active = chart.managerOf.map((_, n) => n).filter((n) => !chart.inactive[n]);

  await both(
    async () => {
      await run(a, "Cadence", sql.cadences(chart), base);
      await analyze(a, `"Cadence"`);
      // In chunks of pairs: a statement's foreign-key checks queue in memory until its end.
      for (let from = 1; from < chart.people; from += MEETING_CHUNK) {
        const to = Math.min(chart.people, from + MEETING_CHUNK) - 1;
        await run(a, `Meeting (pairs ${from}-${to})`, sql.meetings(chart, from, to), [...base, chart.lapsed]);
      }
      await analyze(a, `"Meeting"`);
    },
    async () => {
      const total = Math.round(chart.people * recognitionsPerYear * 3);
      const behaviours = JSON.stringify(framework.competencies.map((c) => c.behaviours));
      for (let from = 1; from <= total; from += RECOGNITION_CHUNK) {
        const to = Math.min(total, from + RECOGNITION_CHUNK - 1);
        const plan = sql.recognitionPlan(active.length, total, from, to);
        const [rows, params] = [`${from}-${to}`, [orgId, now, active, competencies]];
        await run(b, `Recognition (${rows})`, sql.recognitions(chart, plan), [...params, behaviours]);
        if (from === 1) await analyze(b, `"Recognition"`);
        await run(b, `RecognitionRecipient (${rows})`, sql.recipients(chart, plan, active.length), params);
        await run(b, `RecognitionReaction (${rows})`, sql.reactions(chart, plan, active.length), params);
      }
      const milestoneParams = [...base, active, chart.managerOf, chart.teams];
      await run(b, "CustomMilestone", sql.milestones(chart, active.length), milestoneParams);
    },
  );
  await both(
    async () => {
      await run(a, "ActionItem", sql.actionItems(chart), [orgId]);
      await run(a, "TalkingPoint", sql.talkingPoints(chart), [orgId, now, `${chart.prefix}m-${chart.employee}`]);
    },
    async () => {
      await run(b, "MeetingFeedback", sql.feedback(chart), [orgId, now]);
      await run(b, "CompetencyReview", sql.reviews(chart), [
        orgId,
        now,
        competencies,
        framework.competencies.map((c) => c.versionId),
        framework.competencies.map((c) => c.behaviours.length),
        DEFAULT_SCALE.map((l) => l.label),
      ]);
      await analyze(b, `"CompetencyReview"`);
      await timed("CompetencyLevel (refreshAllLevels)", () => refreshAllLevels(db, orgId).then(() => null));
    },
  );

  await run(a, "rename", `UPDATE "Organization" SET name = $2 WHERE id = $1`, [orgId, name]);
  // Statistics and visibility maps for the new rows, as a live database has them.
  await timed("VACUUM (ANALYZE)", async () => {
    await a.query(
      `VACUUM (ANALYZE) "User", "Team", "Membership", "ManagerHistory", "Cadence", "Meeting", "ActionItem", "TalkingPoint",
                        "MeetingFeedback", "Framework", "Competency", "CompetencyVersion", "CompetencyReview",
                        "CompetencyLevel", "Recognition", "RecognitionRecipient", "RecognitionReaction", "CustomMilestone"`,
    );
    return null;
  });
  // HR's adherence reads this rollup (the worker refreshes it every 10 minutes when it runs).
  await timed("AdherenceRollup", () => refreshAdherenceRollup(db).then(() => null));
  // And HR's whole-org dashboard this one (the same job schedule).
  await timed("DashboardRollup", () => refreshDashboardRollup(db).then(() => null));
}

const TABLES = `Membership Team ManagerHistory Cadence Meeting ActionItem TalkingPoint MeetingFeedback CompetencyReview
  CompetencyLevel Recognition RecognitionRecipient RecognitionReaction CustomMilestone`.split(/\s+/);

/** The descriptor of an org already loaded (reads only); throws if it is missing or half loaded. */
export async function describeLargeOrg(pool: pg.Pool, people: number): Promise<LargeOrg> {
  const chart = chartOf(people);
  const slug = slugOf(people);
  const orgId = `${chart.prefix}org`;
  const org = await pool.query<{ name: string }>(`SELECT name FROM "Organization" WHERE id = $1`, [orgId]);
  const orgName = org.rows[0]?.name;
  if (orgName === undefined) throw new Error(`${slug} is not loaded (npm run seed:large -- --people ${people})`);
  if (orgName.endsWith(LOADING)) throw new Error(`${slug} is only half loaded: run npm run seed:large again`);
  const { rows: counted } = await pool.query<{ t: string; n: number }>(
    `${TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}" WHERE "organizationId" = $1`).join(" UNION ALL ")}
     UNION ALL SELECT 'User', count(*)::int FROM "User" u
                WHERE EXISTS (SELECT 1 FROM "Membership" m WHERE m."organizationId" = $1 AND m."userId" = u.id)`,
    [orgId],
  );
  const m = (n: number) => `${chart.prefix}m-${n}`;
  const wanted = [chart.manager12, chart.managerOfManagers, chart.hr, chart.employee].map(m);
  const { rows: found } = await pool.query<LargeOrgPerson>(
    `SELECT m.id AS "membershipId", m."userId", m.name, u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."organizationId" = $1 AND m.id = ANY($2)`,
    [orgId, wanted],
  );
  const person = (n: number) => {
    const p = found.find((r) => r.membershipId === m(n));
    if (!p) throw new Error(`${slug}: membership ${m(n)} is missing`);
    return p;
  };
  const facts = await pool.query<{ subtree: number; team: number; meeting: string | null }>(
    `SELECT (WITH RECURSIVE sub AS (
               SELECT id FROM "Membership" WHERE "organizationId" = $1 AND id = $2
               UNION ALL
               SELECT r.id FROM "Membership" r JOIN sub ON r."organizationId" = $1 AND r."managerId" = sub.id)
             SELECT count(*)::int FROM sub) AS subtree,
            (SELECT count(*)::int FROM "Membership" WHERE "organizationId" = $1 AND "teamId" = $3) AS team,
            (SELECT id FROM "Meeting" WHERE "organizationId" = $1 AND "managerId" = $4 AND "reportId" = $5
                AND status = 'SCHEDULED' AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1) AS meeting`,
    [orgId, m(chart.managerOfManagers), `${chart.prefix}t-${chart.team}`, m(chart.manager12), m(chart.employee)],
  );
  const f = facts.rows[0];
  return {
    slug,
    orgId,
    people,
    counts: Object.fromEntries(["User", ...TABLES].map((t) => [t, counted.find((r) => r.t === t)?.n ?? 0])),
    ms: 0,
    manager12: person(chart.manager12),
    managerOfManagers: { ...person(chart.managerOfManagers), subtree: f?.subtree ?? 0 },
    hr: person(chart.hr),
    employee: person(chart.employee),
    teamId: `${chart.prefix}t-${chart.team}`,
    teamSize: f?.team ?? 0,
    meetingId: f?.meeting ?? null,
  };
}
