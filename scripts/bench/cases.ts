// What npm run bench times: each hot procedure through the real tRPC caller (middleware, policy,
// Prisma), paired with its hand-written raw SQL floor (./raw-sql.ts). Before timing, each pair is
// run once and the same facts (ids, counts) are compared, so a floor that skipped work fails loudly.
// The demo data, plus a scale org for the heatmap (./scale-org.ts: 500 people below one manager).
// Imported after DATABASE_URL is set (server modules read the environment at import).
import type pg from "pg";
import { demoEmail, NORTHWIND } from "../../prisma/seed";
import { CAST } from "../../prisma/seed-one-on-ones-data";
import { createCaller } from "../../server/api/root";
import type { Db } from "../../server/db";
import { HEATMAP_PAGE } from "../../server/modules/competencies/competencies.schema";
import { STALE_DAYS } from "../../server/modules/competencies/levels.service";
import { PAGE_SIZE } from "../../server/modules/people/people.schema";
import * as raw from "./raw-sql";
import { loadScaleOrg, SUBTREE_SIZE } from "./scale-org";

export type BenchCase = {
  name: string;
  procedure: () => Promise<unknown>;
  raw: () => Promise<unknown>;
  /** Runs both once and throws unless they agree. */
  check: () => Promise<void>;
  /** An absolute procedure p95 (ms, on 2 cores) the issue asks for, shown next to the ratio. */
  target?: number;
};

function pairUp<P, R>(
  name: string,
  procedure: () => Promise<P>,
  floor: () => Promise<R>,
  digest: { procedure: (p: P) => unknown; raw: (r: R) => unknown },
  opts: { target?: number } = {},
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

const ids = (xs: { id: string }[] | null) => xs?.map((x) => x.id) ?? null;
const iso = (d: Date | null) => d?.toISOString() ?? "-";

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

  type Page = Awaited<ReturnType<ReturnType<typeof as>["oneOnOnes"]["get"]>>;
  type RawPage = Awaited<ReturnType<typeof raw.meetingPage>>;
  const pageDigest = {
    procedure: (p: Page) => ({
      people: [p.manager.name, p.report.name],
      points: ids(p.talkingPoints),
      items: ids(p.actionItems),
      history: ids(p.history),
      note: p.privateNote?.body ?? null,
    }),
    raw: (r: RawPage) => ({
      people: [r.meeting.managerName, r.meeting.reportName],
      points: ids(r.points),
      items: ids(r.items),
      history: ids(r.history),
      note: r.privateNote?.body ?? null,
    }),
  };
  const meetingPage = (userId: string) =>
    pairUp(
      `oneOnOnes.get (${userId === ceo ? `${ceoName}, CEO` : `${CAST.focus.manager}, manager`})`,
      () => as(userId).oneOnOnes.get({ org, meetingId }),
      () => raw.meetingPage(pool, org, userId, meetingId),
      pageDigest,
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
  const ratings = (cells: ({ rating: number | null } | null)[]) => cells.map((c) => c?.rating ?? "-").join("");
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
      {
        procedure: (m) => ({
          pairs: m.pairs.map((p) => `${p.withId} ${iso(p.lastHeldAt)} ${p.next?.id ?? "-"}`).sort(),
          upcoming: ids(m.upcoming),
          recent: m.recent.map((x) => `${x.id} ${x.held}`),
        }),
        raw: (r) => ({
          pairs: r.pairs.map((p) => `${p.otherId} ${iso(p.lastHeldAt)} ${p.nextId ?? "-"}`).sort(),
          upcoming: ids(r.upcoming),
          recent: r.recent.map((x) => `${x.id} ${x.held}`),
        }),
      },
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
      {
        procedure: (h) => ({
          rows: h.rows.map((r) => `${r.id} ${ratings(r.cells)}`),
          coverage: h.coverage.map((c) => `${c.competencyId} ${c.reviewed}/${c.fresh}/${c.average ?? "-"}`),
          total: h.total,
        }),
        raw: (h) => ({
          rows: h.rows.map((r) => `${r.id} ${ratings(r.cells)}`),
          coverage: h.coverage.map((c) => `${c.competencyId} ${c.reviewed}/${c.fresh}/${c.average ?? "-"}`),
          total: h.total,
        }),
      },
      // The issue's figure for the heatmap of a 500-person subtree.
      { target: 41 },
    ),
  ];
}
