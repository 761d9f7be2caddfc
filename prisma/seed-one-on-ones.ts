// Demo 1:1s: a live cadence for every active manager -> direct report pair, meetings materialized
// from ~6 months ago to 4 weeks ahead, and the content a real team leaves behind (shared notes,
// talking points, action items, private notes, "was this useful?"). Everything is computed in
// memory and written with one createMany per table, so a full org costs ~10 queries.
// Deterministic for a given `now` (seeded PRNG; only row ids are random).
import { DateTime } from "luxon";
import type { Prisma } from "../server/generated/prisma/client";
import type { MeetingKind, MeetingStatus } from "../server/generated/prisma/enums";
import { type CadenceSpec, occurrencesBetween, type Weekday } from "../server/lib/cadence";
import { addDays, atLocalTime, type IsoDate, isoWeekday, localDate } from "../server/lib/dates";
import {
  actionItemRow,
  cadenceRow,
  cadenceRule,
  type FactoryDb,
  feedbackRow,
  meetingRow,
  privateNoteRow,
  seedQuestionBank,
  talkingPointRow,
} from "../server/test/factories";
import { CAST, FOCUS, TEXTS } from "./seed-one-on-ones-data";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const HORIZON_DAYS = 28;
const WEEKDAYS: Weekday[] = ["MO", "TU", "WE", "TH"];
/** 09:00 to 15:30 in the report's zone, every half hour. */
const SLOTS = Array.from({ length: 14 }, (_, i) => `${9 + (i >> 1)}:${i % 2 ? "30" : "00"}`.padStart(5, "0"));

type Plan = ReturnType<typeof planCadences>[number];
type Row = ReturnType<typeof meetingRow>;
type Batch = {
  cadences: Prisma.CadenceCreateManyInput[];
  meetings: Row[];
  points: Prisma.TalkingPointCreateManyInput[];
  items: Prisma.ActionItemCreateManyInput[];
  notes: Prisma.PrivateNoteCreateManyInput[];
  feedback: Prisma.MeetingFeedbackCreateManyInput[];
};

/** mulberry32: a tiny seeded PRNG, so the demo looks the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    return Array.from({ length: Math.min(n, copy.length) }, () => copy.splice(int(0, copy.length - 1), 1)[0] as T);
  };
  return { next, int, pick, sample, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "1970-01-01");
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const endOf = (m: Row) => plus(m.startsAt, m.durationMinutes * MIN);
const has = (names: readonly string[], name: string) => names.includes(name);
const isFocus = (x: { manager: { name: string }; report: { name: string } }) =>
  x.manager.name === CAST.focus.manager && x.report.name === CAST.focus.report;

async function loadPairs(db: FactoryDb, organizationId: string, only?: { manager: string; report: string }) {
  const people = await db.membership.findMany({
    where: { organizationId, status: "ACTIVE" },
    select: { id: true, name: true, timeZone: true, startDate: true, managerId: true },
    orderBy: { name: "asc" },
  });
  const byId = new Map(people.map((p) => [p.id, { ...p, start: iso(p.startDate) }]));
  const pairs = people.flatMap((p) => {
    const manager = p.managerId ? byId.get(p.managerId) : undefined;
    const report = byId.get(p.id);
    return manager && report ? [{ manager, report }] : [];
  });
  const chosen = only ? pairs.filter((x) => x.manager.name === only.manager && x.report.name === only.report) : pairs;
  // The demo pair picks its slot first.
  return chosen.sort((x, y) => Number(isFocus(y)) - Number(isFocus(x)));
}

/** Staggers weekdays and times: no double-booking, inside the manager's working hours when possible. */
function planCadences(pairs: Awaited<ReturnType<typeof loadPairs>>, now: Date, rng: Rng) {
  const today = localDate(now, "UTC");
  const monday = addDays(today, 1 - isoWeekday(today));
  const busy = new Map<string, [number, number][]>();
  const load = new Map<string, number>();
  const overlaps = (id: string, s: number, e: number) => (busy.get(id) ?? []).some(([a, b]) => s < b && a < e);
  return pairs.map(({ manager, report }) => {
    const biweekly = has(CAST.biweeklyManagers, manager.name);
    const monthly = has(CAST.monthlyReports, report.name);
    const durationMinutes = has(CAST.longReports, report.name) ? 45 : 30;
    let best = { score: Number.POSITIVE_INFINITY, day: 0, slot: SLOTS[0] as string, s: 0, e: 0 };
    WEEKDAYS.forEach((_, day) => {
      for (const slot of SLOTS) {
        const s = atLocalTime(addDays(monday, day), slot, report.timeZone).getTime();
        const e = s + durationMinutes * MIN;
        if (overlaps(manager.id, s, e) || overlaps(report.id, s, e)) continue;
        const local = DateTime.fromMillis(s, { zone: manager.timeZone });
        const hour = local.hour + local.minute / 60;
        const offHours = hour < 8 ? 8 - hour : hour > 17.5 ? hour - 17.5 : 0;
        const score = offHours * 100 + (load.get(`${manager.id}:${day}`) ?? 0) * 10 + rng.next() * 10;
        if (score < best.score) best = { score, day, slot, s, e };
      }
    });
    for (const id of [manager.id, report.id]) busy.set(id, [...(busy.get(id) ?? []), [best.s, best.e]]);
    load.set(`${manager.id}:${best.day}`, (load.get(`${manager.id}:${best.day}`) ?? 0) + 1);
    const weekday = WEEKDAYS[best.day] as Weekday;
    const spec: CadenceSpec = monthly
      ? { frequency: "MONTHLY", nth: 1, weekday }
      : { frequency: "WEEKLY", intervalWeeks: biweekly ? 2 : 1, weekday };
    return {
      manager,
      report,
      spec,
      localTime: best.slot,
      durationMinutes,
      kind: (has(CAST.noAgendaReports, report.name) ? "NO_AGENDA" : "REGULAR") as MeetingKind,
      overdue: has(CAST.overdueReports, report.name),
      focus: isFocus({ manager, report }),
    };
  });
}

/** The cadence row and its meetings; past ones mostly held, the overdue pairs' last three not. */
function materialize(orgId: string, p: Plan, historyDays: number, now: Date, rng: Rng, b: Batch): Row[] {
  const zone = p.report.timeZone;
  const first = addDays(localDate(now, zone), -historyDays);
  const startDate = later(first, addDays(later(p.report.start, p.manager.start), 3));
  const horizon = plus(now, HORIZON_DAYS * DAY);
  const pair = { organizationId: orgId, managerId: p.manager.id, reportId: p.report.id };
  const { spec, localTime, durationMinutes, kind } = p;
  const fields = { spec, localTime, durationMinutes, kind, timeZone: zone, startDate, materializedUntil: horizon };
  const cadence = cadenceRow({ ...pair, ...fields }, now);
  b.cadences.push(cadence);
  const occurrences = occurrencesBetween(cadenceRule(cadence), plus(cadence.startDate, -2 * DAY), horizon);
  const pastCount = occurrences.filter((o) => o.endsAt <= now).length;
  const rows = occurrences.map((o, i) => {
    const fromEnd = pastCount - 1 - i; // 0 = the latest past meeting
    const r = p.focus || fromEnd === 0 ? 1 : rng.next();
    let status: MeetingStatus = r < 0.08 ? "SKIPPED" : r < 0.1 ? "SCHEDULED" : "HELD";
    if (fromEnd < 0) status = "SCHEDULED";
    else if (p.overdue && fromEnd < 3) status = fromEnd === 0 ? "SCHEDULED" : "SKIPPED";
    const noted = status === "HELD" && (p.focus || rng.chance(0.6));
    const notes = p.focus && fromEnd === 0 ? FOCUS.lastNotes : rng.sample(TEXTS.sharedNotes, rng.int(1, 3)).join("\n");
    return meetingRow({
      ...pair,
      cadenceId: cadence.id,
      occurrenceDate: o.localDate,
      startsAt: o.startsAt,
      durationMinutes: p.durationMinutes,
      status,
      kind: p.kind,
      timeZone: zone,
      sharedNotes: noted ? notes : "",
      sharedNotesUpdatedBy: rng.chance(0.7) ? p.manager.id : p.report.id,
    });
  });
  b.meetings.push(...rows);
  return rows;
}

/** Talking points, action items, private notes and feedback on the held meetings of one pair. */
function addContent(p: Plan, rows: Row[], now: Date, rng: Rng, b: Batch): void {
  const held = rows.filter((m) => m.status === "HELD");
  const upcoming = rows.find((m) => m.startsAt > now);
  const [mgr, rep] = [p.manager.id, p.report.id];
  const either = () => (rng.chance(0.5) ? mgr : rep);
  const today = localDate(now, p.report.timeZone);
  held.forEach((m, i) => {
    const next = held[i + 1];
    const last = !next;
    const base = { organizationId: m.organizationId, meetingId: m.id, managerId: mgr, reportId: rep };
    const inMeeting = (lo: number) => plus(m.startsAt, rng.int(lo, m.durationMinutes - 1) * MIN);
    if (p.kind === "REGULAR" && (p.focus || rng.chance(0.6))) {
      rng.sample(TEXTS.talkingPoints, rng.int(1, 3)).forEach((text, k) => {
        const open = last && !p.focus && rng.chance(0.25);
        const carried = !last && rng.chance(0.1) && next;
        const checkedIn = carried ? next : m;
        b.points.push(
          talkingPointRow({
            ...base,
            authorId: rng.chance(0.6) ? rep : mgr,
            text,
            position: k + 1,
            createdAt: plus(m.startsAt, -rng.int(2, 72) * HOUR),
            checkedAt: open ? null : plus(checkedIn.startsAt, rng.int(3, checkedIn.durationMinutes - 1) * MIN),
            checkedById: either(),
            checkedMeetingId: checkedIn.id,
          }),
        );
      });
    }
    if (rng.chance(p.kind === "REGULAR" ? 0.45 : 0.2)) {
      for (let k = rng.chance(0.25) ? 2 : 1; k > 0; k--) {
        const createdAt = inMeeting(5);
        const open = last && !p.focus && rng.chance(0.5);
        const doneIn = next ?? upcoming;
        const doneAt = next
          ? plus(next.startsAt, rng.int(2, 20) * MIN)
          : plus(createdAt, rng.next() * (now.getTime() - createdAt.getTime()));
        b.items.push(
          actionItemRow({
            ...base,
            text: rng.pick(TEXTS.actionItems),
            ownerId: rng.chance(0.65) ? rep : mgr,
            createdById: either(),
            createdAt,
            dueOn: open
              ? addDays(today, rng.int(2, 10))
              : localDate(plus(createdAt, rng.int(3, 14) * DAY), p.report.timeZone),
            completedAt: open ? null : doneAt,
            completedMeetingId: doneIn?.id ?? m.id,
          }),
        );
      }
    }
    if (rng.chance(0.25) || (p.focus && last)) {
      const body = rng.pick(TEXTS.privateNotes);
      b.notes.push(privateNoteRow({ ...base, authorId: mgr, body, createdAt: plus(endOf(m), rng.int(1, 30) * MIN) }));
    }
    const recent = now.getTime() - m.startsAt.getTime() < 70 * DAY;
    if (recent && rng.chance(0.2)) {
      const rating = rng.chance(0.8) ? "YES" : "SOMEWHAT";
      const comment = rating === "SOMEWHAT" && rng.chance(0.5) ? rng.pick(TEXTS.feedback.SOMEWHAT) : null;
      const at = plus(endOf(m), rng.int(10, 240) * MIN);
      b.feedback.push(feedbackRow({ ...base, rating, comment, createdAt: at < now ? at : now }));
    }
  });
  if (p.focus) addFocusStory(p, held, now, b);
  else if (upcoming && p.kind === "REGULAR" && rng.chance(0.3)) {
    const base = { organizationId: upcoming.organizationId, meetingId: upcoming.id, managerId: mgr, reportId: rep };
    const createdAt = plus(now, -rng.int(1, 48) * HOUR);
    b.points.push(
      talkingPointRow({ ...base, authorId: rep, text: rng.pick(TEXTS.talkingPoints), position: 1, createdAt }),
    );
  }
}

/** Marcus and Priya: two points carried over from their last 1:1 and one open item for Priya. */
function addFocusStory(p: Plan, held: Row[], now: Date, b: Batch): void {
  const m = held.at(-1);
  if (!m) return;
  const base = { organizationId: m.organizationId, meetingId: m.id, managerId: p.manager.id, reportId: p.report.id };
  FOCUS.openPoints.forEach((text, k) => {
    const createdAt = plus(m.startsAt, -(k + 1) * 20 * HOUR);
    b.points.push(talkingPointRow({ ...base, authorId: p.report.id, text, position: 10 + k, createdAt }));
  });
  const item = { text: FOCUS.openItem, ownerId: p.report.id, createdAt: plus(m.startsAt, 25 * MIN) };
  b.items.push(actionItemRow({ ...base, ...item, dueOn: addDays(localDate(now, p.report.timeZone), 5) }));
  b.notes.push(privateNoteRow({ ...base, authorId: p.report.id, body: FOCUS.reportPrivateNote, createdAt: endOf(m) }));
}

/** A few items left open past their due date (none in the demo pair), and one unhappy "no". */
function finalize(b: Batch, focusPair: Set<string>, now: Date, rng: Rng): void {
  const stale = b.items.filter(
    (i) => i.completedAt && !focusPair.has(i.reportId) && now.getTime() - (i.createdAt as Date).getTime() > 21 * DAY,
  );
  for (const item of rng.sample(stale, 3)) {
    item.completedAt = null;
    item.completedMeetingId = null;
    item.dueOn = new Date(`${localDate(plus(item.createdAt as Date, 7 * DAY), "UTC")}T00:00:00Z`);
  }
  const unhappy = rng.pick(b.feedback.filter((f) => !focusPair.has(f.reportId)));
  if (unhappy) Object.assign(unhappy, { rating: "NO", comment: TEXTS.feedback.NO });
}

async function write(db: FactoryDb, b: Batch): Promise<void> {
  if (b.cadences.length) await db.cadence.createMany({ data: b.cadences });
  if (b.meetings.length) await db.meeting.createMany({ data: b.meetings });
  if (b.points.length) await db.talkingPoint.createMany({ data: b.points });
  if (b.items.length) await db.actionItem.createMany({ data: b.items });
  if (b.notes.length) await db.privateNote.createMany({ data: b.notes });
  if (b.feedback.length) await db.meetingFeedback.createMany({ data: b.feedback });
}

/**
 * Seeds the org's question bank and 1:1s. `light` (the second demo tenant): only CAST.globex's
 * pair, with about two weeks of history.
 */
export async function seedOneOnOnes(db: FactoryDb, orgId: string, now: Date, opts: { light?: boolean } = {}) {
  await seedQuestionBank(db, orgId);
  const rng = prng(opts.light ? 7 : 42);
  const pairs = await loadPairs(db, orgId, opts.light ? CAST.globex : undefined);
  const plans = planCadences(pairs, now, rng);
  const b: Batch = { cadences: [], meetings: [], points: [], items: [], notes: [], feedback: [] };
  for (const p of plans) addContent(p, materialize(orgId, p, opts.light ? 15 : 182, now, rng, b), now, rng, b);
  if (!opts.light) finalize(b, new Set(plans.filter((p) => p.focus).map((p) => p.report.id)), now, rng);
  await write(db, b);
  return { cadences: b.cadences.length, meetings: b.meetings.length, points: b.points.length, items: b.items.length };
}
