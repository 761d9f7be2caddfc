// "My 1:1s" and adherence. One query per list (no query per report); the "counts as held" rule is
// the same SQL everywhere (HELD_SQL). Read-only: cadences and meetings are created ahead by the
// materialize job (upkeep.service.ts) and by the writes that change a cadence.
import "server-only";
import { cadenceIntervalDays, isOverdue, nextOccurrence, parseRRule } from "../../lib/cadence";
import type { OrgCtx } from "../../lib/context";
import { HELD_SQL } from "../../lib/held-sql";
import { can } from "../../policy";
import { subtreeOf, viewerOf } from "../access/access.service";
import { liveAdherence, rollupAdherence } from "./adherence-rollup.service";

type PairRow = {
  managerId: string;
  reportId: string;
  otherId: string;
  otherName: string;
  otherTitle: string | null;
  otherTimeZone: string;
  durationMinutes: number | null;
  kind: "REGULAR" | "NO_AGENDA" | "AD_HOC" | null;
  cadenceStatus: "ACTIVE" | "PAUSED" | null;
  rrule: string | null;
  localTime: string | null;
  timeZone: string | null;
  startDate: Date | null;
  ruleNextAt: Date | null;
  since: Date | null;
  lastHeldAt: Date | null;
  nextId: string | null;
  nextAt: Date | null;
};

const pairsSql = (side: "manager" | "report") => `
  SELECT ${side === "manager" ? `$2 AS "managerId", o.id AS "reportId"` : `o.id AS "managerId", $2 AS "reportId"`},
         o.id AS "otherId", o.name AS "otherName", o.title AS "otherTitle", o."timeZone" AS "otherTimeZone",
         c.status AS "cadenceStatus", c."durationMinutes", c.kind, c.rrule, c."localTime", c."timeZone", c."startDate", c."createdAt" AS since,
         (SELECT max(m."startsAt") FROM "Meeting" m
           WHERE m."organizationId" = $1 AND m."managerId" = ${side === "manager" ? "$2" : "o.id"}
             AND m."reportId" = ${side === "manager" ? "o.id" : "$2"} AND m."startsAt" <= now() AND ${HELD_SQL}) AS "lastHeldAt",
         nx.id AS "nextId", nx."startsAt" AS "nextAt",
         -- The rule's next occurrence is its next materialized, unmoved meeting (computing it from
         -- the RRULE costs milliseconds of CPU per pair); only a paused cadence has none.
         (SELECT m."startsAt" FROM "Meeting" m
           WHERE m."organizationId" = $1 AND m."managerId" = ${side === "manager" ? "$2" : "o.id"}
             AND m."reportId" = ${side === "manager" ? "o.id" : "$2"} AND m."cadenceId" = c.id
             AND m.status = 'SCHEDULED' AND m."startsAt" > $3
           ORDER BY m."startsAt" LIMIT 1) AS "ruleNextAt"
  FROM "Membership" o
  LEFT JOIN "Cadence" c ON c."organizationId" = $1 AND c.status <> 'ENDED'
       AND c."managerId" = ${side === "manager" ? "$2" : "o.id"} AND c."reportId" = ${side === "manager" ? "o.id" : "$2"}
  LEFT JOIN LATERAL (
    SELECT m.id, m."startsAt" FROM "Meeting" m
    WHERE m."organizationId" = $1 AND m."managerId" = ${side === "manager" ? "$2" : "o.id"}
      AND m."reportId" = ${side === "manager" ? "o.id" : "$2"}
      AND m.status IN ('SCHEDULED', 'RESCHEDULED') AND m."startsAt" > now() - interval '1 hour'
    ORDER BY m."startsAt" LIMIT 1) nx ON true
  WHERE o."organizationId" = $1 AND o.status = 'ACTIVE' AND ${
    side === "manager"
      ? `o."managerId" = $2`
      : `o.id = (SELECT "managerId" FROM "Membership" WHERE "organizationId" = $1 AND id = $2)`
  }
  ORDER BY o.name`;

export async function listMine(ctx: OrgCtx, now = new Date()) {
  const [asManager, asReport, upcoming, recent] = await Promise.all([
    ctx.db.$queryRawUnsafe<PairRow[]>(pairsSql("manager"), ctx.org.id, ctx.me.id, now),
    ctx.db.$queryRawUnsafe<PairRow[]>(pairsSql("report"), ctx.org.id, ctx.me.id, now),
    ctx.db.meeting.findMany({
      where: {
        organizationId: ctx.org.id,
        OR: [{ managerId: ctx.me.id }, { reportId: ctx.me.id }],
        status: { in: ["SCHEDULED", "RESCHEDULED"] },
        startsAt: { gte: new Date(now.getTime() - 3_600_000), lt: new Date(now.getTime() + 14 * 86_400_000) },
      },
      // id breaks ties (a manager double-booked): the same list, and the same 30, on every load.
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 30,
      select: {
        id: true,
        startsAt: true,
        durationMinutes: true,
        kind: true,
        status: true,
        managerId: true,
        reportId: true,
      },
    }),
    ctx.db.$queryRawUnsafe<
      {
        id: string;
        startsAt: Date;
        status: "SCHEDULED" | "HELD" | "SKIPPED" | "RESCHEDULED";
        managerId: string;
        reportId: string;
        held: boolean;
      }[]
    >(
      `SELECT m.id, m."startsAt", m.status, m."managerId", m."reportId", ${HELD_SQL} AS held FROM "Meeting" m
       WHERE m."organizationId" = $1 AND (m."managerId" = $2 OR m."reportId" = $2)
         AND m."startsAt" < $3 AND m."startsAt" >= $3::timestamptz - interval '30 days'
       ORDER BY m."startsAt" DESC, m.id DESC LIMIT 30`,
      ctx.org.id,
      ctx.me.id,
      now,
    ),
  ]);
  const people = new Map(
    [...asManager, ...asReport].map((p) => [p.otherId, { name: p.otherName, timeZone: p.otherTimeZone }]),
  );
  // Meetings of former pairs (after a manager change) still name the other person.
  const unknown = Array.from(new Set([...upcoming, ...recent].flatMap((m) => [m.managerId, m.reportId]))).filter(
    (id) => id !== ctx.me.id && !people.has(id),
  );
  if (unknown.length > 0) {
    const more = await ctx.db.membership.findMany({
      where: { organizationId: ctx.org.id, id: { in: unknown } },
      select: { id: true, name: true, timeZone: true },
    });
    for (const m of more) people.set(m.id, { name: m.name, timeZone: m.timeZone });
  }
  const withName = <T extends { managerId: string; reportId: string }>(m: T) => {
    const other = people.get(m.managerId === ctx.me.id ? m.reportId : m.managerId);
    return {
      ...m,
      withName: other?.name ?? "",
      withTimeZone: other?.timeZone ?? "",
      myRole: m.managerId === ctx.me.id ? ("MANAGER" as const) : ("REPORT" as const),
    };
  };
  const pairs = [
    ...asManager.map((p) => toPair(p, "MANAGER", now)),
    ...asReport.map((p) => toPair(p, "REPORT", now)),
  ].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.withName.localeCompare(b.withName));
  return { pairs, upcoming: upcoming.map(withName), recent: recent.map(withName), myTimeZone: ctx.me.timeZone };
}

function toPair(p: PairRow, myRole: "MANAGER" | "REPORT", now: Date) {
  const interval = p.rrule ? cadenceIntervalDays(p.rrule) : 7;
  return {
    managerId: p.managerId,
    reportId: p.reportId,
    withId: p.otherId,
    withName: p.otherName,
    withTitle: p.otherTitle,
    withTimeZone: p.otherTimeZone,
    myRole,
    /** The current rule, structured: the page writes it in the viewer's time and edits it. */
    rule:
      p.rrule && p.localTime && p.timeZone
        ? {
            spec: parseRRule(p.rrule),
            localTime: p.localTime,
            timeZone: p.timeZone,
            durationMinutes: p.durationMinutes ?? 30,
            kind: p.kind === "NO_AGENDA" ? ("NO_AGENDA" as const) : ("REGULAR" as const),
            nextAt:
              p.ruleNextAt ??
              (p.startDate
                ? (nextOccurrence(
                    {
                      rrule: p.rrule,
                      localTime: p.localTime,
                      timeZone: p.timeZone,
                      startDate: p.startDate.toISOString().slice(0, 10),
                      durationMinutes: p.durationMinutes ?? 30,
                    },
                    now,
                  )?.startsAt ?? null)
                : null),
          }
        : null,
    cadenceStatus: p.cadenceStatus,
    lastHeldAt: p.lastHeldAt,
    daysSinceLastHeld: p.lastHeldAt ? Math.floor((now.getTime() - p.lastHeldAt.getTime()) / 86_400_000) : null,
    next: p.nextId && p.nextAt ? { id: p.nextId, startsAt: p.nextAt } : null,
    overdue: p.cadenceStatus === "ACTIVE" && isOverdue(p.lastHeldAt, p.since ?? now, interval, now),
  };
}

/**
 * Held / scheduled over the last `days`, per pair and per manager. HR admins see every manager,
 * from the rollup (refreshed every 10 minutes; `asOf` says when, null = computed live); a manager
 * sees pairs in their subtree, live. Numbers only: no content is read.
 */
export async function adherence(ctx: OrgCtx, days: 30 | 90, now = new Date()) {
  const all = can(await viewerOf(ctx, []), "org.viewAggregates", {});
  const rollup = all ? await rollupAdherence(ctx, days, now) : null;
  const rows =
    rollup?.rows ?? (await liveAdherence(ctx, days, now, all ? null : [ctx.me.id, ...(await subtreeOf(ctx))]));
  const ids = Array.from(new Set(rows.flatMap((r) => [r.managerId, r.reportId])));
  const people = await ctx.db.membership.findMany({
    where: { organizationId: ctx.org.id, id: { in: ids } },
    select: { id: true, name: true },
  });
  const name = new Map(people.map((p) => [p.id, p.name]));
  const byManager = new Map<
    string,
    { managerId: string; name: string; held: number; scheduled: number; pairs: number }
  >();
  const pairs = rows.map((r) => {
    const { held, scheduled } = r;
    const m = byManager.get(r.managerId) ?? {
      managerId: r.managerId,
      name: name.get(r.managerId) ?? "",
      held: 0,
      scheduled: 0,
      pairs: 0,
    };
    m.held += held;
    m.scheduled += scheduled;
    m.pairs += 1;
    byManager.set(r.managerId, m);
    return {
      managerId: r.managerId,
      reportId: r.reportId,
      reportName: name.get(r.reportId) ?? "",
      held,
      scheduled,
      rate: held / scheduled,
    };
  });
  return {
    days,
    asOf: rollup?.asOf ?? null,
    managers: Array.from(byManager.values())
      .map((m) => ({ ...m, rate: m.held / m.scheduled }))
      .sort((a, b) => a.rate - b.rate || a.name.localeCompare(b.name)),
    pairs: pairs.sort((a, b) => a.rate - b.rate),
  };
}
