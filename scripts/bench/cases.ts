// What npm run bench times: each hot procedure through the real tRPC caller (middleware, policy,
// Prisma), paired with its hand-written raw SQL floor (./raw-sql.ts). Before timing, each pair is
// run once and the same facts (ids, counts) are compared, so a floor that skipped work fails loudly.
// Imported after DATABASE_URL is set (server modules read the environment at import).
import type pg from "pg";
import { demoEmail, NORTHWIND } from "../../prisma/seed";
import { CAST } from "../../prisma/seed-one-on-ones-data";
import { createCaller } from "../../server/api/root";
import type { Db } from "../../server/db";
import { PAGE_SIZE } from "../../server/modules/people/people.schema";
import * as raw from "./raw-sql";

export type BenchCase = {
  name: string;
  procedure: () => Promise<unknown>;
  raw: () => Promise<unknown>;
  /** Runs both once and throws unless they agree. */
  check: () => Promise<void>;
};

function pairUp<P, R>(
  name: string,
  procedure: () => Promise<P>,
  floor: () => Promise<R>,
  digest: { procedure: (p: P) => unknown; raw: (r: R) => unknown },
): BenchCase {
  return {
    name,
    procedure,
    raw: floor,
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
  ];
}
