// What a bench case's check() compares (./cases.ts pairUp): the same facts (ids, counts, dates,
// ratings) taken from the procedure's answer and from its raw SQL floor's, one digest per page,
// shared by the demo and scale cases (./cases.ts) and the large-org ones (./large-cases.ts).
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "../../server/api/root";
import type * as rawRecognition from "./raw-recognition";
import type * as raw from "./raw-sql";

type Out = inferRouterOutputs<AppRouter>;
type Floor<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;

export const ids = (xs: { id: string }[] | null) => xs?.map((x) => x.id) ?? null;
export const iso = (d: Date | null) => d?.toISOString() ?? "-";

/** oneOnOnes.get vs raw.meetingPage: the pair, points, items, history and the caller's private note. */
export const meetingPageDigest = {
  procedure: (p: Out["oneOnOnes"]["get"]) => ({
    people: [p.manager.name, p.report.name],
    points: ids(p.talkingPoints),
    items: ids(p.actionItems),
    history: ids(p.history),
    note: p.privateNote?.body ?? null,
  }),
  raw: (r: Floor<typeof raw.meetingPage>) => ({
    people: [r.meeting.managerName, r.meeting.reportName],
    points: ids(r.points),
    items: ids(r.items),
    history: ids(r.history),
    note: r.privateNote?.body ?? null,
  }),
};

/** oneOnOnes.mine vs raw.myOneOnOnes: each pair's last held and next 1:1, upcoming and recent. */
export const myOneOnOnesDigest = {
  procedure: (m: Out["oneOnOnes"]["mine"]) => ({
    pairs: m.pairs.map((p) => `${p.withId} ${iso(p.lastHeldAt)} ${p.next?.id ?? "-"}`).sort(),
    upcoming: ids(m.upcoming),
    recent: m.recent.map((x) => `${x.id} ${x.held}`),
  }),
  raw: (r: Floor<typeof raw.myOneOnOnes>) => ({
    pairs: r.pairs.map((p) => `${p.otherId} ${iso(p.lastHeldAt)} ${p.nextId ?? "-"}`).sort(),
    upcoming: ids(r.upcoming),
    recent: r.recent.map((x) => `${x.id} ${x.held}`),
  }),
};

const ratings = (cells: ({ rating: number | null } | null)[]) => cells.map((c) => c?.rating ?? "-").join("");
const heatmap = (h: {
  rows: { id: string; cells: ({ rating: number | null } | null)[] }[];
  coverage: { competencyId: string; reviewed: number; fresh: number; average: number | null }[];
  total: number;
}) => ({
  rows: h.rows.map((r) => `${r.id} ${ratings(r.cells)}`),
  coverage: h.coverage.map((c) => `${c.competencyId} ${c.reviewed}/${c.fresh}/${c.average ?? "-"}`),
  total: h.total,
});
/** competencies.heatmap vs raw.teamHeatmap: the page's rows with their ratings, coverage, total. */
export const heatmapDigest = {
  procedure: (h: Out["competencies"]["heatmap"]) => heatmap(h),
  raw: (h: Floor<typeof raw.teamHeatmap>) => heatmap(h),
};

type FeedItem = {
  id: string;
  giver: { name: string };
  recipients: { id: string }[];
  competency: { id: string } | null;
  reactions: { emoji: string; count: number; mine: boolean }[];
};
const feedLine = (i: FeedItem) =>
  `${i.id} ${i.giver.name} > ${i.recipients.map((r) => r.id).join(",")} ${i.competency?.id ?? "-"} ` +
  i.reactions
    .map((r) => `${r.emoji}${r.count}${r.mine ? "*" : ""}`)
    .sort()
    .join("");
const feedPage = (f: { items: FeedItem[]; nextCursor: { id: string } | null }) => ({
  items: f.items.map(feedLine),
  next: f.nextCursor?.id ?? null,
});
/** recognition.feed vs rawRecognition.recognitionFeed: each item (giver, recipients, tag, reactions), the cursor. */
export const feedPageDigest = {
  procedure: (f: Out["recognition"]["feed"]) => feedPage(f),
  raw: (f: Floor<typeof rawRecognition.recognitionFeed>) => feedPage(f),
};

const events = (x: { events: { id: string; visibility: string }[] }) =>
  x.events.map((e) => `${e.id} ${e.visibility}`).sort();
/** calendar.month vs rawRecognition.calendarMonth: every event with the visibility it is shown at. */
export const calendarDigest = {
  procedure: (m: Out["calendar"]["month"]) => events(m),
  raw: (m: Floor<typeof rawRecognition.calendarMonth>) => events(m),
};
