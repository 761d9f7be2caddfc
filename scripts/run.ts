// npm run dev | npm start:
//   node --experimental-wasm-modules --no-warnings --import tsx scripts/run.ts dev|start
// Zero setup: with no DATABASE_URL an embedded Postgres (PGlite) keeps its data in .data/pglite
// (RAPPORT_DATA_DIR). Either way: apply migrations, seed the demo org into an empty database, then
// hand over to `next dev` / `next start` with DATABASE_URL set.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { constants } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { applyMigrations, root } from "./db/engine";
import { type EmbeddedPg, startEmbeddedPg } from "./embedded-pg";
import { findFreePort } from "./free-port";

const arg = process.argv[2];
if (arg !== "dev" && arg !== "start") {
  console.error("usage: scripts/run.ts dev|start");
  process.exit(2);
}
const mode: "dev" | "start" = arg;

const secs = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function describeServer(url: string): string {
  const u = new URL(url);
  return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

async function seedIfEmpty(url: string) {
  // Imported late: server/env.ts validates process.env when it loads.
  const { createDb } = await import("../server/db");
  const db = createDb(url);
  try {
    if ((await db.organization.count()) > 0) return;
    const seedFile = path.join(root, "prisma", "seed.ts");
    if (!existsSync(seedFile)) {
      console.warn("! prisma/seed.ts not found: starting with an empty database.");
      return;
    }
    const seed: { seedDemo?: (db: unknown) => Promise<unknown> } = await import(pathToFileURL(seedFile).href);
    if (typeof seed.seedDemo !== "function") throw new Error("prisma/seed.ts must export seedDemo(db)");
    const t = performance.now();
    await seed.seedDemo(db);
    console.log(`  Seeded the demo data in ${secs(t)}.`);
  } finally {
    await db.$disconnect();
  }
}

let embedded: EmbeddedPg | undefined;

async function shutdown(code: number): Promise<never> {
  await embedded?.stop().catch((e) => console.error("Failed to stop the embedded database:", e));
  process.exit(code);
}

async function main() {
  const t0 = performance.now();
  // An empty DATABASE_URL counts as unset (Playwright's config blanks it to force the embedded one).
  let url = process.env.DATABASE_URL || undefined;
  let dbLabel: string;
  if (url) {
    dbLabel = describeServer(url);
  } else {
    const dataDir = path.resolve(root, process.env.RAPPORT_DATA_DIR ?? ".data/pglite");
    await mkdir(path.dirname(dataDir), { recursive: true });
    const port = process.env.PGLITE_PORT ? Number(process.env.PGLITE_PORT) : await findFreePort(54329);
    embedded = await startEmbeddedPg({ dataDir, port });
    url = embedded.url;
    dbLabel = `embedded PGlite at ${path.relative(process.cwd(), dataDir) || dataDir} (127.0.0.1:${port}; delete the folder to start over)`;
  }

  // Registered before the slow steps so that Ctrl+C during migrations still closes PGlite cleanly.
  let child: ReturnType<typeof spawn> | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // With a child running, let it finish first; its exit handler below does the cleanup.
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
      else void shutdown(128 + constants.signals[signal]);
    });
  }

  // server/env.ts (loaded by the seed through server/db.ts) validates DATABASE_URL as a URL.
  process.env.DATABASE_URL = url;
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`  Applied migrations: ${applied.join(", ")}`);
  await seedIfEmpty(url);

  const port = process.env.PORT ?? "3000";
  const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, PORT: port, NEXTAUTH_URL: appUrl };
  // An embedded database means a local try-out, never a deployment: allow the demo sign-in there.
  if (mode === "start" && embedded && env.DEMO_MODE === undefined) env.DEMO_MODE = "1";

  console.log(
    [
      "",
      `  Rapport (${mode === "dev" ? "development" : "production build"})`,
      `  App:       ${appUrl}`,
      `  Database:  ${dbLabel}, ready in ${secs(t0)}`,
      `  Sign in at ${appUrl}/signin — one-click demo accounts are listed there; e.g.`,
      "             hannah.reyes@northwind.example (HR admin), marcus.chen@northwind.example (manager),",
      "             priya.patel@northwind.example (employee)",
      "",
    ].join("\n"),
  );

  // Production runs behind scripts/server.ts, which makes forwarded headers trustworthy first.
  const [command, args]: [string, string[]] =
    mode === "dev"
      ? [path.join(root, "node_modules", ".bin", "next"), ["dev", "--port", port]]
      : [process.execPath, ["--import", "tsx", path.join(root, "scripts", "server.ts")]];
  const childEnv: NodeJS.ProcessEnv = mode === "dev" ? env : { ...env, NODE_ENV: "production" };
  const next = spawn(command, args, { cwd: root, env: childEnv, stdio: "inherit" });
  child = next;
  next.on("exit", (code, signal) => void shutdown(code ?? 128 + (signal ? constants.signals[signal] : 1)));
  next.on("error", (e) => {
    console.error(`Could not start next ${mode}:`, e);
    void shutdown(1);
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  void shutdown(1);
});
