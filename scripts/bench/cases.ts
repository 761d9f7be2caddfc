// What npm run bench times: each hot procedure through the real tRPC caller (middleware, policy,
// Prisma), paired with its hand-written raw SQL floor (./raw-sql.ts). Before timing, each pair is
// run once and the same facts (ids, counts: ./digests.ts) are compared, so a floor that skipped work
// fails loudly.
// The demo data, plus a scale org for the heatmap (./scale-org.ts: 500 people below one manager)
// and one for the recognition feed and the calendar (./recognition-scale.ts: 50,000 people,
// 1,000,000 recognitions, a team of 40 with its manager's 1:1s; floors in ./raw-recognition.ts).
// Imported after DATABASE_URL is set (server modules read the environment at import).
import type pg from "pg";
import { demoEmail, NORTHWIND } from "../../prisma/seed";
import { CAST } from "../../prisma/seed-one-on-ones-data";
import { createCaller } from "../../server/api/root";
import type { Db } from "../../server/db";
import { HEATMAP_PAGE } from "../../server/modules/competencies/competencies.schema";
import { STALE_DAYS } from "../../server/modules/competencies/levels.service";
import { PAGE_SIZE } from "../../server/modules/people/people.schema";
import { FEED_PAGE } from "../../server/modules/recognition/recognition.limits";
import {
  calendarDigest,
  feedPageDigest,
  heatmapDigest,
  ids,
  iso,
  meetingPageDigest,
  myOneOnOnesDigest,
} from "./digests";
import * as rawRecognition from "./raw-recognition";
import * as raw from "./raw-sql";
import { loadRecognitionOrg, type RecognitionOrg } from "./recognition-scale";
import { loadScaleOrg, SUBTREE_SIZE } from "./scale-org";

export type BenchCase = {
  name: string;
  procedure: () => Promise<unknown>;
  raw: () => Promise<unknown>;
  /** Runs both once and throws unless they agree. */
  check: () => Promise<void>;
  /** An absolute procedure p95 (ms, on 2 cores) the issue asks for, shown next to the ratio. */
  target?: number;
  /**
   * Large mode (--large): the procedure's p95 should stay flat as the org grows (issue 10: at most
   * 1.3x from the smallest size to the largest); the growth table marks it when it does not.
   */
  flat?: boolean;
};

/** A case from a procedure and its floor; check() compares their digests (./digests.ts). */
export function pairUp<P, R>(
  name: string,
  procedure: () => Promise<P>,
  floor: () => Promise<R>,
  digest: { procedure: (p: P) => unknown; raw: (r: R) => unknown },
  opts: { target?: number; flat?: boolean } = {},
): BenchCase {
  return {
    name,
    procedure,
    raw: floor,
    ...opts,
    check: async () => {
      const p = JSON.stringify(digest.procedure(await procedure()));
      const r = JSON.stringify(digest.raw(await floor()));
      if (p !== r)
        throw new Error(`${name}: the raw SQL disagrees with the procedure\n  procedure ${p}\n  raw SQL   ${r}`);
    },
  };
}

export async function benchCases(db: Db, pool: pg.Pool): Promise<BenchCase[]> {
  const org = NORTHWIND.slug;
  const userOf = async (name: string) =>
    (await db.user.findUniqueOrThrow({ where: { email: demoEmail(name, org) }, select: { id: true } })).id;
  // The top of the manager chain (the CEO), the demo pair's manager (Marcus Chen) and the HR admin.
  const ceoName = NORTHWIND.people.find((p) => !p.manager)?.name ?? "";
  const hrName = NORTHWIND.people.find((p) => p.role === "ADMIN")?.name ?? "";
  const [manager, ceo, hr] = await Promise.all([userOf(CAST.focus.manager), userOf(ceoName), userOf(hrName)]);
  const as = (userId: string) => createCaller({ db, userId });
  const mine = await as(manager).oneOnOnes.mine({ org });
  const focus = mine.pairs.find((p) => p.withName === CAST.focus.report);
  const meetingId = focus?.next?.id;
  if (!focus || !meetingId) throw new Error(`no upcoming 1:1 between ${CAST.focus.manager} and ${CAST.focus.report}`);
  // The CEO must see the pair through the subtree rule only, two or more levels down.
  const ceoView = await as(ceo).oneOnOnes.get({ org, meetingId });
  const managerOfManager = NORTHWIND.people.find((p) => p.name === CAST.focus.manager)?.manager;
  if (ceoView.me.role !== "OBSERVER" || managerOfManager === ceoName) {
    throw new Error(`${ceoName} should see ${CAST.focus.manager}'s 1:1 as a skip-level observer`);
  }

  const meetingPage = (userId: string) =>
    pairUp(
      `oneOnOnes.get (${userId === ceo ? `${ceoName}, CEO` : `${CAST.focus.manager}, manager`})`,
      () => as(userId).oneOnOnes.get({ org, meetingId }),
      () => raw.meetingPage(pool, org, userId, meetingId),
      meetingPageDigest,
    );

  // The competency panel of the same 1:1, with real picks: the first suggestion (never reviewed) and
  // the last (reviewed most recently, so it has a previous level from the seed), the latter rated.
  const fresh = await as(manager).competencies.panel({ org, meetingId });
  const [neverReviewed, lastReviewed] = [fresh.suggestions[0], fresh.suggestions.at(-1)];
  if (!neverReviewed || !lastReviewed?.lastAt || neverReviewed.lastAt)
    throw new Error(`${CAST.focus.report} needs both never and earlier reviewed competencies for the panel case`);
  for (const s of [neverReviewed, lastReviewed])
    await as(manager).competencies.pick({ org, meetingId, competencyId: s.id });
  await as(manager).competencies.saveReview({
    org,
    meetingId,
    competencyId: lastReviewed.id,
    kind: "MANAGER",
    baseVersion: 0,
    rating: 3,
    observed: [0],
    evidence: "Summarised the decisions and owners at the end of the planning meeting.",
  });

  // The heatmap needs a subtree of hundreds, which the demo orgs do not have: a separate org of its own.
  const scale = await loadScaleOrg(db, pool);
  console.log(
    `Scale org "${scale.slug}": ${scale.people} people, ${scale.reviews} shared reviews (one 1:1 each),` +
      ` loaded (with VACUUM ANALYZE) in ${(scale.ms / 1000).toFixed(1)} s.`,
  );
  const top = () => as(scale.callerUserId).competencies.heatmap({ org: scale.slug });
  const heatmap = await top();
  if (heatmap.total !== SUBTREE_SIZE || heatmap.rows.length !== HEATMAP_PAGE)
    throw new Error(`the heatmap should cover ${SUBTREE_SIZE} people, ${HEATMAP_PAGE} a page: ${heatmap.total}`);
  type Picked = {
    competencyId: string;
    manager: { rating: number | null } | null;
    previous: { rating: number | null; at: Date } | null;
  };
  const pickedLine = (x: Picked) =>
    `${x.competencyId} ${x.manager?.rating ?? "-"} ${x.previous?.rating ?? "-"} ${iso(x.previous?.at ?? null)}`;

  return [
    meetingPage(manager),
    meetingPage(ceo),
    pairUp(
      "oneOnOnes.mine (my 1:1s)",
      () => as(manager).oneOnOnes.mine({ org }),
      () => raw.myOneOnOnes(pool, org, manager),
      myOneOnOnesDigest,
    ),
    pairUp(
      `oneOnOnes.adherence 90d (${hrName}, HR)`,
      () => as(hr).oneOnOnes.adherence({ org, days: 90 }),
      () => raw.hrAdherence(pool, org, hr, 90),
      {
        procedure: (a) => a.pairs.map((p) => `${p.managerId}/${p.reportId} ${p.held}/${p.scheduled}`).sort(),
        raw: (rows) => rows.map((p) => `${p.managerId}/${p.reportId} ${p.held}/${p.scheduled}`).sort(),
      },
    ),
    pairUp(
      "people.list (directory, first page)",
      () => as(manager).people.list({ org }),
      () => raw.peoplePage(pool, org, manager, PAGE_SIZE),
      {
        procedure: (l) => ({ total: l.total, rows: l.items.map((i) => `${i.id} ${i.email} ${i.reportCount}`) }),
        raw: (r) => ({ total: r.total, rows: r.items.map((i) => `${i.id} ${i.email} ${i.reportCount}`) }),
      },
    ),
    pairUp(
      `people.get (${CAST.focus.report}, as manager)`,
      () => as(manager).people.get({ org, personId: focus.withId }),
      () => raw.personPage(pool, org, manager, focus.withId),
      {
        procedure: (p) => ({ reports: ids(p.reports), chain: ids(p.managerChain), history: ids(p.history) }),
        raw: (r) => ({ reports: ids(r.person.reports), chain: ids(r.chain), history: ids(r.history) }),
      },
    ),
    pairUp(
      `competencies.panel (${CAST.focus.manager}, manager)`,
      () => as(manager).competencies.panel({ org, meetingId }),
      () => raw.competencyPanel(pool, org, manager, meetingId),
      {
        procedure: (p) => ({
          picked: p.picked.map(pickedLine),
          suggestions: p.suggestions.map((x) => `${x.id} ${iso(x.lastAt)}`),
        }),
        raw: (r) => ({
          picked: r.picked.map(pickedLine),
          suggestions: r.suggestions.map((x) => `${x.id} ${iso(x.lastAt)}`),
        }),
      },
    ),
    pairUp(
      `competencies.heatmap (${SUBTREE_SIZE}-person subtree)`,
      top,
      () => raw.teamHeatmap(pool, scale.slug, scale.callerUserId, HEATMAP_PAGE, STALE_DAYS),
      heatmapDigest,
      // The issue's figure for the heatmap of a 500-person subtree.
      { target: 41 },
    ),
    ...(await recognitionCases(db, pool, await loadRecognitionOrg(db, pool))),
  ];
}

/** Feed and calendar at scale (issue 9): the loaded recognition org, its feed's pages and a team's month. */
export async function recognitionCases(db: Db, pool: pg.Pool, rec: RecognitionOrg): Promise<BenchCase[]> {
  const rows = Object.entries(rec.counts)
    .map(([table, n]) => `${n.toLocaleString("en")} ${table}`)
    .join(", ");
  console.log(
    `Recognition org "${rec.slug}": ${rows}; loaded (with VACUUM ANALYZE) in ${(rec.ms / 1000).toFixed(1)} s.`,
  );
  const org = rec.slug;
  const as = (userId: string) => createCaller({ db, userId });
  const feed = (input: Omit<Parameters<ReturnType<typeof as>["recognition"]["feed"]>[0], "org">) =>
    as(rec.employeeUserId).recognition.feed({ org, ...input });

  // The cursor after page 49, walked the way the page's "more" button does (so page 50 is timed).
  let cursor: { at: Date; id: string } | undefined;
  for (let page = 1; page < 50; page++) {
    const next = (await feed({ cursor })).nextCursor;
    if (!next) throw new Error(`the org feed ends at page ${page}`);
    cursor = next;
  }
  const deep = cursor;
  const received = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "RecognitionRecipient" WHERE "recipientId" = $1 AND "deletedAt" IS NULL`,
    [rec.popularId],
  );
  for (const [what, page] of [
    ["first page", await feed({})],
    ["page 50", await feed({ cursor: deep })],
    ["received tab", await feed({ personId: rec.popularId, tab: "received" })],
  ] as const)
    if (page.items.length !== FEED_PAGE || !page.nextCursor)
      throw new Error(`the feed's ${what} should be full (${FEED_PAGE} and more): ${page.items.length}`);

  const feedCase = (name: string, input: Parameters<typeof feed>[0], receivedBy?: string) =>
    pairUp(
      name,
      () => feed(input),
      () =>
        rawRecognition.recognitionFeed(pool, org, rec.employeeUserId, {
          limit: FEED_PAGE,
          ...(input.cursor ? { cursor: input.cursor } : {}),
          ...(receivedBy ? { receivedBy } : {}),
        }),
      feedPageDigest,
      // The issue's figure for a feed page, at any depth.
      { target: 5 },
    );

  // The team of 40's month, as their manager; the month must show every kind and a private birthday.
  const month = () => as(rec.managerUserId).calendar.month({ org, month: rec.month, teamId: rec.teamId });
  const shown = (await month()).events;
  for (const kind of ["birthday", "anniversary", "milestone", "oneOnOne"] as const)
    if (!shown.some((e) => e.kind === kind)) throw new Error(`the team's month ${rec.month} has no ${kind}`);
  if (!shown.some((e) => e.kind === "birthday" && e.visibility === "PRIVATE"))
    throw new Error("the team's month should show a PRIVATE birthday to the manager");

  return [
    feedCase("recognition.feed (1M, org feed, page 1)", {}),
    feedCase("recognition.feed (1M, org feed, page 50)", { cursor: deep }),
    feedCase(
      `recognition.feed (1M, ${received.rows[0]?.n ?? 0} received, page 1)`,
      { personId: rec.popularId, tab: "received" },
      rec.popularId,
    ),
    pairUp(
      `calendar.month (team of 40, ${shown.length} events)`,
      month,
      () => rawRecognition.calendarMonth(pool, org, rec.managerUserId, rec.month, rec.teamId),
      calendarDigest,
      // The issue's figure for a team of 40's month.
      { target: 35 },
    ),
  ];
}
