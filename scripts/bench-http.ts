// npm run bench:http [-- --large 50000 [--database rapport_large]] (issue 10, "Benchmarks"): the
// production build under HTTP load, as a signed-in user gets it. Needs `npm run build` first and a
// PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL).
//   1. The database: a fresh rapport_http_<timestamp> that `npm start` seeds with the demo org
//      (dropped at the end), or with --large the existing database of seed:large (never dropped).
//   2. `npm start` (scripts/run.ts start) with DEMO_MODE=1 on a free port; a demo sign-in as the
//      subject (./bench-http/subject.ts), checked on the dashboard before anything is measured.
//   3. autocannon on the dashboard and the 1:1 page at c=10 and c=50: HTTP_SECONDS (default 30) per
//      run after HTTP_WARMUP (default 5) s of warm-up: requests/s, p50/p95/p99, errors.
//   4. First-load JavaScript per route (scripts/weigh.ts). Next 16's build output lists no sizes.
//   5. Lighthouse 12 on the dashboard, mobile (default) and desktop presets, in Debian's Chromium.
// Prints a markdown table per part and the targets (met / not met), and writes them to
// bench/results/<local date>-http.json and .md (-http-large-<n> with --large).
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { largeDatabaseUrl, option } from "./bench/large-database";
import { machine } from "./bench/results";
import { type App, checkSignedIn, freshDatabase, signIn, startApp } from "./bench-http/app";
import { type LighthouseResult, runLighthouse } from "./bench-http/lighthouse";
import { type LoadResult, load } from "./bench-http/load";
import {
  lighthouseTable,
  loadTable,
  type Part,
  type Run,
  targetsOf,
  targetsTable,
  weightsTable,
  writeResults,
} from "./bench-http/report";
import { demoSubject, largeSubject, type Subject } from "./bench-http/subject";
import { findFreePort } from "./free-port";
import { weighRoutes } from "./weigh";

const root = path.resolve(import.meta.dirname, "..");
const SECONDS = Number(process.env.HTTP_SECONDS ?? 30);
const WARMUP = Number(process.env.HTTP_WARMUP ?? 5);
const CONNECTIONS = [10, 50];

/** Local YYYY-MM-DD. */
const today = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

async function part<T>(label: string, f: () => Promise<T>): Promise<Part<T>> {
  const t = performance.now();
  console.log(`\n${label} …`);
  try {
    const ok = await f();
    console.log(`${label}: ${((performance.now() - t) / 1000).toFixed(0)} s`);
    return { ok };
  } catch (e) {
    console.error(`${label} failed:`, e);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

async function postgresVersion(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ version: string }>("SELECT version()")).rows[0]?.version ?? "unknown";
  } finally {
    await client.end();
  }
}

async function measure(app: App, subject: Subject, databaseUrl: string, dataset: string): Promise<Run> {
  const cookie = await signIn(app.base, subject.email);
  const { dashboard, oneOnOne } = subject;
  await checkSignedIn(app.base, dashboard, cookie, subject.name);
  console.log(`Signed in as ${subject.name} (${subject.email}); pages ${dashboard} and ${oneOnOne}`);
  const pages = [
    { page: "dashboard", path: dashboard },
    { page: "1:1 page", path: oneOnOne },
  ];

  const loadPart = await part("HTTP load", async () => {
    const rows: LoadResult[] = [];
    for (const { page, path: p } of pages)
      for (const connections of CONNECTIONS) {
        const row = await load({
          base: app.base,
          page,
          path: p,
          connections,
          seconds: SECONDS,
          warmup: WARMUP,
          cookie,
        });
        console.log(`  ${page} c=${connections}: ${row.rps} req/s, p99 ${row.latency.p99} ms`);
        rows.push(row);
      }
    return rows;
  });
  const weights = await part("First-load JS", () =>
    weighRoutes({ base: app.base, email: subject.email, routes: subject.routes }),
  );
  const lighthouse = await part("Lighthouse", async () => {
    const runs: LighthouseResult[] = [];
    for (const preset of ["mobile", "desktop"] as const)
      runs.push(await runLighthouse(`${app.base}${dashboard}`, cookie, preset));
    return runs;
  });
  return {
    date: today(),
    dataset,
    subject: { email: subject.email, name: subject.name, org: subject.org, dashboard, oneOnOne },
    machine: machine(await postgresVersion(databaseUrl)),
    seconds: SECONDS,
    warmup: WARMUP,
    load: loadPart,
    weights,
    lighthouse,
  };
}

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("No production build: run npm run build first.");
  const large = option("large");
  const people = large === undefined ? undefined : Number(large);
  if (people !== undefined && !Number.isInteger(people))
    throw new Error(`--large needs a number of people, got ${large}`);
  const fresh = people === undefined ? await freshDatabase() : undefined;
  let app: App | undefined;
  // The app runs in its own process group, so Ctrl+C would not reach it: stop it (and drop the
  // fresh database) here too.
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => {
      void Promise.allSettled([app?.stop()])
        .then(() => fresh?.drop())
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  try {
    const databaseUrl = fresh?.url ?? (await largeDatabaseUrl(option("database")));
    // A large org is checked before the app starts; the demo org exists only once npm start seeded it.
    const largeOne = people === undefined ? undefined : await largeSubject(databaseUrl, people);
    console.log(
      `Starting the production build on ${fresh ? `a fresh database ${fresh.name}` : "the large database"} …`,
    );
    app = await startApp(databaseUrl, await findFreePort(3300), 15 * 60_000);
    const subject = largeOne ?? (await demoSubject(databaseUrl));
    const run = await measure(app, subject, databaseUrl, people === undefined ? "demo" : `large-${people}`);
    console.log(`\n## HTTP load\n\n${loadTable(run.load)}`);
    console.log(`\n## First-load JavaScript\n\n${weightsTable(run.weights)}`);
    console.log(`\n## Lighthouse (dashboard)\n\n${lighthouseTable(run.lighthouse)}`);
    console.log(`\n## Targets\n\n${targetsTable(targetsOf(run))}`);
    console.log(`\nWrote ${(await writeResults(run)).map((f) => path.relative(root, f)).join(" and ")}.`);
    if ([run.load, run.weights, run.lighthouse].some((p) => "error" in p)) process.exitCode = 1;
  } finally {
    await app?.stop();
    await fresh?.drop();
  }
}

await main();
