// npm run weigh [-- --base http://127.0.0.1:3000]: first-load JavaScript per route, as a user gets
// it: a cold browser (no cache) opens each page signed in as the demo manager Marcus Chen, and the
// compressed bytes of every script it downloads are added up. Needs a running `npm start` with the
// demo data (DEMO_MODE=1 for the demo sign-in) and Debian's Chromium (CHROMIUM_PATH).
// Prints a Markdown table; the README and issue notes quote it for "before/after" comparisons.
import { chromium, type Page } from "@playwright/test";
import pg from "pg";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
};
const base = arg("base", "http://127.0.0.1:3000");
const databaseUrl = arg("db", process.env.DATABASE_URL ?? "");

/** Ids the dynamic routes need, from the demo data. */
async function demoIds() {
  if (!databaseUrl) throw new Error("pass --db <DATABASE_URL> (or set DATABASE_URL): the demo ids come from it");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => ((await client.query<{ id: string }>(sql)).rows[0]?.id ?? "missing") as string;
    const member = (email: string) =>
      `SELECT m.id FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Organization" o ON o.id = m."organizationId"
        WHERE o.slug = 'northwind' AND u.email = '${email}'`;
    const marcus = await one(member("marcus.chen@northwind.example"));
    const priya = await one(member("priya.patel@northwind.example"));
    const meeting = await one(
      `SELECT id FROM "Meeting" WHERE "managerId" = '${marcus}' AND "reportId" = '${priya}'
         AND status IN ('SCHEDULED', 'RESCHEDULED') AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
    );
    return { priya, meeting };
  } finally {
    await client.end();
  }
}

/**
 * First-load JS: the scripts the page's HTML names (what the browser must fetch before the page is
 * interactive). Scripts fetched later (next/dynamic chunks such as the charts) count as "lazy".
 */
async function scriptBytes(page: Page, path: string) {
  const scripts: Promise<{ url: string; bytes: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script")
      scripts.push(request.sizes().then((s) => ({ url: new URL(request.url()).pathname, bytes: s.responseBodySize })));
  });
  const response = await page.goto(`${base}${path}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle", { timeout: 5_000 }).catch(() => undefined); // the 1:1 page streams
  const html = (await response?.text()) ?? "";
  const named = new Set(
    Array.from(html.matchAll(/<script[^>]+src="([^"]+)"/g), (m) => new URL(m[1] ?? "", base).pathname),
  );
  const all = await Promise.all(scripts);
  const first = all.filter((s) => named.has(s.url));
  const lazy = all.filter((s) => !named.has(s.url));
  const sum = (xs: { bytes: number }[]) => xs.reduce((a, b) => a + b.bytes, 0);
  return { count: first.length, bytes: sum(first), lazyCount: lazy.length, lazyBytes: sum(lazy) };
}

async function main() {
  const { priya, meeting } = await demoIds();
  const routes: [string, string][] = [
    ["/", "/"],
    ["/signin", "/signin"],
    ["/[org]/one-on-ones", "/northwind/one-on-ones"],
    ["/[org]/one-on-ones/[meetingId]", `/northwind/one-on-ones/${meeting}`],
    ["/[org]/people", "/northwind/people"],
    ["/[org]/people/[personId]", `/northwind/people/${priya}`],
    ["/[org]/people/[personId]/competencies", `/northwind/people/${priya}/competencies`],
    ["/[org]/people/chart", "/northwind/people/chart"],
    ["/[org]/competencies", "/northwind/competencies"],
    ["/[org]/competencies/team", "/northwind/competencies/team"],
  ];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const signIn = await browser.newContext();
  await signIn.request.post(`${base}/api/demo-sign-in`, {
    form: { email: "marcus.chen@northwind.example", callbackUrl: "/robots.txt" },
    headers: { origin: base },
  });
  const storageState = await signIn.storageState();
  await signIn.close();
  console.log("| route | scripts | first-load JS (compressed) | loaded later (lazy) |\n| --- | ---: | ---: | ---: |");
  for (const [route, path] of routes) {
    const context = await browser.newContext({ storageState: route === "/signin" ? undefined : storageState });
    const { count, bytes, lazyCount, lazyBytes } = await scriptBytes(await context.newPage(), path);
    const later = lazyCount ? `${lazyCount} · ${(lazyBytes / 1024).toFixed(1)} KiB` : "—";
    console.log(`| ${route} | ${count} | ${(bytes / 1024).toFixed(1)} KiB | ${later} |`);
    await context.close();
  }
  await browser.close();
}

await main();
