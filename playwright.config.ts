// E2E against the production build (`npm run build` first; scripts/test.sh does), served by
// scripts/run.ts start on 127.0.0.1:3100 (or E2E_PORT) with a database of its own for every run:
//  - TEST_DATABASE_URL set: a fresh rapport_e2e_<timestamp> database on that server (scripts/e2e-db.ts);
//  - otherwise: the embedded PGlite in a fresh temp dir, on a free local port.
// Specs that need the database (e.g. to read the email outbox) connect to E2E_DATABASE_URL.
// This file is evaluated by the runner and again by each worker: values are put in process.env on
// the first evaluation (workers inherit the runner's env), so every process agrees on them.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findFreePort } from "./scripts/free-port";

// E2E_PORT lets two checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const adminUrl = process.env.TEST_DATABASE_URL;
const node = "node --experimental-wasm-modules --no-warnings --import tsx";

let serverEnv: Record<string, string>;
let command = `${node} scripts/run.ts start`;
if (adminUrl) {
  if (!process.env.E2E_DATABASE_URL) {
    const u = new URL(adminUrl);
    u.pathname = `/rapport_e2e_${Date.now()}`;
    process.env.E2E_DATABASE_URL = u.toString();
  }
  serverEnv = { DATABASE_URL: process.env.E2E_DATABASE_URL as string };
  command = `${node} scripts/e2e-db.ts && exec ${command}`;
} else {
  if (!process.env.E2E_DATA_DIR) removeOldDataDirs();
  process.env.E2E_DATA_DIR ??= path.join(mkdtempSync(path.join(tmpdir(), "rapport-e2e-")), "pglite");
  process.env.E2E_PGLITE_PORT ??= String(await findFreePort(54400));
  process.env.E2E_DATABASE_URL ??= `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PGLITE_PORT}/postgres`;
  serverEnv = {
    // Blank, not absent: a DATABASE_URL from the developer's shell must not leak into the run.
    DATABASE_URL: "",
    RAPPORT_DATA_DIR: process.env.E2E_DATA_DIR,
    PGLITE_PORT: process.env.E2E_PGLITE_PORT,
  };
}

/** Earlier runs' embedded databases (~40 MB each); an hour's grace spares a run still going. */
function removeOldDataDirs() {
  for (const name of readdirSync(tmpdir())) {
    const dir = path.join(tmpdir(), name);
    if (name.startsWith("rapport-e2e-") && Date.now() - statSync(dir).mtimeMs > 60 * 60 * 1000) {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// The embedded database is one backend that serializes every query: more workers only add contention.
const workers = adminUrl ? 2 : 1;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Journeys wait on conditions (locators, responses), never on sleeps; these budgets only catch a
  // hang, generous enough that a machine with both cores busy still passes.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  // "list" ends with the "N passed (Xs)" summary line that scripts/test.sh output relies on.
  reporter: [["list"]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's Chromium: Playwright's own browser download is not possible in this environment.
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command,
    url: `${baseURL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM lets scripts/run.ts stop next and close PGlite; Playwright's default is SIGKILL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ...serverEnv,
      PORT: String(PORT),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
      DEMO_MODE: "1",
      // Deliberately off: e2e exercises the real sign-in rate limits (specs use distinct emails).
      RATE_LIMIT_DISABLED: "",
    },
  },
});
