// npm run weigh [-- --base http://127.0.0.1:3000]: first-load JavaScript per route, as a user gets
// it: a cold browser (no cache) opens each page signed in as the demo manager Marcus Chen, and the
// compressed bytes of every script it downloads are added up. Needs a running `npm start` with the
// demo data (DEMO_MODE=1 for the demo sign-in) and Debian's Chromium (CHROMIUM_PATH).
// Prints a Markdown table; the README and issue notes quote it for "before/after" comparisons.
// weighRoutes is also what npm run bench:http (scripts/bench-http.ts) records.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";

/** [the route as the app names it, the path opened]. */
export type Route = [route: string, path: string];
export type Weight = {
  route: string;
  path: string;
  count: number;
  bytes: number;
  lazyCount: number;
  lazyBytes: number;
};

export const DEMO_MANAGER = "marcus.chen@northwind.example";

/** Ids the dynamic routes need, from the demo data: Marcus, Priya and Marcus's next 1:1 with her. */
export async function demoIds(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (what: string, sql: string, params: string[]) => {
      const id = (await client.query<{ id: string }>(sql, params)).rows[0]?.id;
      if (!id) throw new Error(`demo data: no ${what} (is the northwind demo org seeded?)`);
      return id;
    };
    const member = `SELECT m.id FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        JOIN "Organization" o ON o.id = m."organizationId" WHERE o.slug = 'northwind' AND u.email = $1`;
    const marcus = await one("Marcus", member, [DEMO_MANAGER]);
    const priya = await one("Priya", member, ["priya.patel@northwind.example"]);
    const meeting = await one(
      "upcoming 1:1 of Marcus with Priya",
      `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2
         AND status IN ('SCHEDULED', 'RESCHEDULED') AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
      [marcus, priya],
    );
    return { marcus, priya, meeting };
  } finally {
    await client.end();
  }
}

/** Every page route, opened in the demo org. */
export function demoRoutes({ priya, meeting }: { priya: string; meeting: string }): Route[] {
  return [
    ["/", "/"],
    ["/signin", "/signin"],
    ["/[org]/dashboard", "/northwind/dashboard"],
    ["/[org]/one-on-ones", "/northwind/one-on-ones"],
    ["/[org]/one-on-ones/[meetingId]", `/northwind/one-on-ones/${meeting}`],
    ["/[org]/people", "/northwind/people"],
    ["/[org]/people/[personId]", `/northwind/people/${priya}`],
    ["/[org]/people/[personId]/competencies", `/northwind/people/${priya}/competencies`],
    ["/[org]/people/chart", "/northwind/people/chart"],
    ["/[org]/competencies", "/northwind/competencies"],
    ["/[org]/competencies/team", "/northwind/competencies/team"],
    ["/[org]/calendar", "/northwind/calendar"],
    ["/[org]/recognition", "/northwind/recognition"],
  ];
}

/**
 * First-load JS: the scripts the page's HTML names (what the browser must fetch before the page is
 * interactive). Scripts fetched later (next/dynamic chunks such as the charts) count as "lazy".
 */
async function scriptBytes(page: Page, base: string, path: string) {
  const scripts: Promise<{ url: string; bytes: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script")
      scripts.push(request.sizes().then((s) => ({ url: new URL(request.url()).pathname, bytes: s.responseBodySize })));
  });
  const response = await page.goto(`${base}${path}`, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`weigh: GET ${path} answered ${response?.status() ?? "nothing"}`);
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined); // the 1:1 page streams
  const html = await response.text();
  const named = new Set(
    Array.from(html.matchAll(/<script[^>]+src="([^"]+)"/g), (m) => new URL(m[1] ?? "", base).pathname),
  );
  const all = await Promise.all(scripts);
  const first = all.filter((s) => named.has(s.url));
  const lazy = all.filter((s) => !named.has(s.url));
  const sum = (xs: { bytes: number }[]) => xs.reduce((a, b) => a + b.bytes, 0);
  return { count: first.length, bytes: sum(first), lazyCount: lazy.length, lazyBytes: sum(lazy) };
}

/** Opens each route in a cold browser context, signed in as `email` (demo sign-in; /signin signed out). */
export async function weighRoutes(opts: { base: string; email: string; routes: Route[] }): Promise<Weight[]> {
  const { base, email, routes } = opts;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const signIn = await browser.newContext();
    const signedIn = await signIn.request.post(`${base}/api/demo-sign-in`, {
      form: { email, callbackUrl: "/robots.txt" },
      headers: { origin: base },
    });
    if (!signedIn.ok()) throw new Error(`weigh: the demo sign-in as ${email} answered ${signedIn.status()}`);
    const storageState = await signIn.storageState();
    await signIn.close();
    const weights: Weight[] = [];
    for (const [route, path] of routes) {
      const context = await browser.newContext({ storageState: route === "/signin" ? undefined : storageState });
      weights.push({ route, path, ...(await scriptBytes(await context.newPage(), base, path)) });
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function weightTable(weights: Weight[]): string {
  const rows = weights.map(({ route, count, bytes, lazyCount, lazyBytes }) => {
    const later = lazyCount ? `${lazyCount} · ${kib(lazyBytes)}` : "—";
    return `| ${route} | ${count} | ${kib(bytes)} | ${later} |`;
  });
  return [
    "| route | scripts | first-load JS (compressed) | loaded later (lazy) |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

async function main() {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
  };
  const base = arg("base", "http://127.0.0.1:3000");
  const databaseUrl = arg("db", process.env.DATABASE_URL ?? "");
  if (!databaseUrl) throw new Error("pass --db <DATABASE_URL> (or set DATABASE_URL): the demo ids come from it");
  const routes = demoRoutes(await demoIds(databaseUrl));
  console.log(weightTable(await weighRoutes({ base, email: DEMO_MANAGER, routes })));
}

// Run as a script (npm run weigh), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
