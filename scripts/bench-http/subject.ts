// Who npm run bench:http signs in as and which pages it loads. The demo: Marcus Chen (a manager of
// the northwind demo org), his dashboard and his next 1:1 with Priya (as npm run weigh finds it).
// --large <people>: manager12 of large-<people> (npm run seed:large; a MANAGER with exactly 12
// employees), the dashboard and the page of his next SCHEDULED 1:1. Plain SQL, no server code:
// manager12 is found as scripts/bench/large-org.ts numbers the chart (the first front-line manager,
// memberships "lg<people>-m-<n>" level by level), i.e. the lowest n whose 12 reports manage no one.
import pg from "pg";
import { DEMO_MANAGER, demoIds, demoRoutes, type Route } from "../weigh";

export type Subject = {
  email: string;
  name: string;
  org: string;
  /** The pages under load: the dashboard and a 1:1 page. */
  dashboard: string;
  oneOnOne: string;
  /** The routes whose first-load JavaScript is weighed. */
  routes: Route[];
};

const pages = (org: string, meeting: string) => ({
  dashboard: `/${org}/dashboard`,
  oneOnOne: `/${org}/one-on-ones/${meeting}`,
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function demoSubject(url: string): Promise<Subject> {
  const ids = await demoIds(url);
  const [me] = await query<{ name: string }>(url, `SELECT name FROM "Membership" WHERE id = $1`, [ids.marcus]);
  if (!me) throw new Error("demo data: Marcus's membership is missing");
  const routes = demoRoutes(ids);
  return { email: DEMO_MANAGER, name: me.name, org: "northwind", ...pages("northwind", ids.meeting), routes };
}

export async function largeSubject(url: string, people: number): Promise<Subject> {
  const slug = `large-${people}`;
  const prefix = `lg${people}-m-`;
  const [org] = await query<{ id: string; name: string }>(url, `SELECT id, name FROM "Organization" WHERE slug = $1`, [
    slug,
  ]);
  if (!org) throw new Error(`${slug} is not in this database (npm run seed:large -- --people ${people})`);
  if (org.name.endsWith("(loading)")) throw new Error(`${slug} is still loading (or half loaded): wait for seed:large`);
  const [manager] = await query<{ id: string; name: string; email: string }>(
    url,
    `SELECT m.id, m.name, u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."organizationId" = $1 AND m.role = 'MANAGER' AND m.id LIKE $2
        AND (SELECT count(*) FROM "Membership" r WHERE r."organizationId" = $1 AND r."managerId" = m.id) = 12
        AND NOT EXISTS (SELECT 1 FROM "Membership" r JOIN "Membership" rr
                          ON rr."organizationId" = $1 AND rr."managerId" = r.id
                         WHERE r."organizationId" = $1 AND r."managerId" = m.id)
      ORDER BY substr(m.id, length($2))::int LIMIT 1`,
    [org.id, `${prefix}%`],
  );
  if (!manager) throw new Error(`${slug}: no manager with 12 employees (is it a seed:large org?)`);
  const [meeting] = await query<{ id: string }>(
    url,
    `SELECT id FROM "Meeting" WHERE "organizationId" = $1 AND "managerId" = $2 AND status = 'SCHEDULED'
        AND "startsAt" > now() ORDER BY "startsAt", id LIMIT 1`,
    [org.id, manager.id],
  );
  if (!meeting) throw new Error(`${slug}: ${manager.name} has no SCHEDULED 1:1 ahead (the seed plans 8 weeks ahead)`);
  const { dashboard, oneOnOne } = pages(slug, meeting.id);
  return {
    email: manager.email,
    name: manager.name,
    org: slug,
    dashboard,
    oneOnOne,
    routes: [
      ["/[org]/dashboard", dashboard],
      ["/[org]/one-on-ones/[meetingId]", oneOnOne],
    ],
  };
}
