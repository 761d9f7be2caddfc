// What npm run bench -- --large times in each large org (issue 10; ./large-org.ts, loaded by
// npm run seed:large): the hot procedures through the real tRPC caller next to the same raw SQL
// floors as the demo cases (./raw-sql.ts, ./raw-recognition.ts), each checked for agreement first
// (./digests.ts), as the people the descriptor names; then the manager dashboard's cases
// (./dashboard-cases.ts). Names start with the org's size ("[50,000] ...") and are otherwise the same
// at every size, so the growth table (./results.ts) can pair them up: facts that change with the
// size (events in the month, the subtree) are logged, not put in the name.
// Imported after DATABASE_URL is set (server modules read the environment at import).
import { DateTime } from "luxon";
import type pg from "pg";
import { createCaller } from "../../server/api/root";
import type { Db } from "../../server/db";
import { HEATMAP_PAGE } from "../../server/modules/competencies/competencies.schema";
import { STALE_DAYS } from "../../server/modules/competencies/levels.service";
import { FEED_PAGE } from "../../server/modules/recognition/recognition.limits";
import { type BenchCase, pairUp } from "./cases";
import { dashboardCases } from "./dashboard-cases";
import { calendarDigest, feedPageDigest, heatmapDigest, meetingPageDigest, myOneOnOnesDigest } from "./digests";
import type { LargeOrg } from "./large-org";
import * as rawRecognition from "./raw-recognition";
import * as raw from "./raw-sql";

/** "[50,000] ": the prefix of every case name of an org of that size. */
export const sizeLabel = (people: number) => `[${people.toLocaleString("en")}] `;

/** manager12's next SCHEDULED 1:1 (with anyone) when the descriptor has none with the employee. */
async function nextMeeting(pool: pg.Pool, org: LargeOrg): Promise<string> {
  if (org.meetingId) return org.meetingId;
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "organizationId" = $1 AND "managerId" = $2 AND status = 'SCHEDULED'
        AND "startsAt" > now() ORDER BY "startsAt", id LIMIT 1`,
    [org.orgId, org.manager12.membershipId],
  );
  const id = rows[0]?.id;
  if (!id)
    throw new Error(
      `${org.slug}: ${org.manager12.name} has no SCHEDULED 1:1 ahead (the seed plans 8 weeks ahead): load the org again`,
    );
  return id;
}

/** The manager of most of the team's members (the team of 40 has two, 20 each): a User id, and their zone. */
async function teamManager(pool: pg.Pool, org: LargeOrg) {
  const { rows } = await pool.query<{ userId: string; name: string; timeZone: string }>(
    `SELECT mg."userId", mg.name, mg."timeZone"
       FROM "Membership" m JOIN "Membership" mg ON mg."organizationId" = m."organizationId" AND mg.id = m."managerId"
      WHERE m."organizationId" = $1 AND m."teamId" = $2 AND m.status = 'ACTIVE' AND mg.status = 'ACTIVE'
      GROUP BY mg.id ORDER BY count(*) DESC, mg.id LIMIT 1`,
    [org.orgId, org.teamId],
  );
  const found = rows[0];
  if (!found) throw new Error(`${org.slug}: team ${org.teamId} has no active member with an active manager`);
  return found;
}

/**
 * The manager's dashboard should stay flat as the org grows (issue 10). ./dashboard-cases.ts can say
 * so itself (`flat: true`); otherwise a dashboard case that names a manager as its viewer is taken
 * to be it (an HR admin's whole-org dashboard grows with the org by nature).
 */
const isManagersDashboard = (name: string) => /\bdashboard\./.test(name) && /manager/i.test(name);

export async function largeCases(db: Db, pool: pg.Pool, org: LargeOrg): Promise<BenchCase[]> {
  const slug = org.slug;
  const size = sizeLabel(org.people);
  const as = (userId: string) => createCaller({ db, userId });
  const manager = org.manager12.userId;
  const meetingId = await nextMeeting(pool, org);

  // The team's month as its manager, in the manager's zone (the month the page opens on).
  const lead = await teamManager(pool, org);
  const month = DateTime.now().setZone(lead.timeZone).toFormat("yyyy-MM");
  const calendar = () => as(lead.userId).calendar.month({ org: slug, month, teamId: org.teamId });
  const events = (await calendar()).events.length;
  if (events === 0) throw new Error(`${slug}: the team's month ${month} shows no event`);

  const feed = () => as(org.employee.userId).recognition.feed({ org: slug });
  const first = await feed();
  if (first.items.length !== FEED_PAGE || !first.nextCursor)
    throw new Error(`${slug}: the feed's first page should be full (${FEED_PAGE} and more): ${first.items.length}`);

  const mom = org.managerOfManagers;
  const heatmap = () => as(mom.userId).competencies.heatmap({ org: slug });
  const { total } = await heatmap();
  if (total === 0) throw new Error(`${slug}: ${mom.name}'s heatmap is empty`);

  console.log(
    `${slug}: ${org.people.toLocaleString("en")} people; 1:1 ${meetingId}; team of ${org.teamSize} (${lead.name}),` +
      ` ${events} events in ${month}; heatmap of ${total} people (subtree of ${mom.subtree}).`,
  );

  return [
    pairUp(
      `${size}oneOnOnes.get (manager, 12 reports)`,
      () => as(manager).oneOnOnes.get({ org: slug, meetingId }),
      () => raw.meetingPage(pool, slug, manager, meetingId),
      meetingPageDigest,
      // The figure for the 1:1 page, which should not grow with the org.
      { target: 26, flat: true },
    ),
    pairUp(
      `${size}oneOnOnes.mine (manager, 12 reports)`,
      () => as(manager).oneOnOnes.mine({ org: slug }),
      () => raw.myOneOnOnes(pool, slug, manager),
      myOneOnOnesDigest,
    ),
    pairUp(
      `${size}calendar.month (team of 40, its manager)`,
      calendar,
      () => rawRecognition.calendarMonth(pool, slug, lead.userId, month, org.teamId),
      calendarDigest,
      { target: 35 },
    ),
    pairUp(
      `${size}recognition.feed (employee, page 1)`,
      feed,
      () => rawRecognition.recognitionFeed(pool, slug, org.employee.userId, { limit: FEED_PAGE }),
      feedPageDigest,
      { target: 5 },
    ),
    pairUp(
      `${size}competencies.heatmap (manager of managers)`,
      heatmap,
      () => raw.teamHeatmap(pool, slug, mom.userId, HEATMAP_PAGE, STALE_DAYS),
      heatmapDigest,
      { target: 41 },
    ),
    // The size in front of their names too (so the growth table pairs them up), if they leave it out.
    ...(await dashboardCases(db, pool, org)).map((c) => ({
      ...c,
      name: c.name.startsWith(size) ? c.name : `${size}${c.name}`,
      flat: c.flat ?? isManagersDashboard(c.name),
    })),
  ];
}
