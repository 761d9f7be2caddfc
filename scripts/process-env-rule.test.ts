// Proves biome.json's noProcessEnv setup: app code (app/, server/, components/, emails/ and any new
// folder) reads configuration only through server/env.ts; scripts/, e2e/ and root config files are
// exempt. Biome lints a throwaway tree with a copy of the real biome.json, because its stdin mode
// prints no diagnostics.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** File -> whether reading process.env there must be an error. */
const CASES: Record<string, boolean> = {
  "server/env.ts": false,
  "server/modules/people/people.service.ts": true,
  "server/lib/rate-limit.ts": true,
  "app/(app)/[org]/page.tsx": true,
  "app/api/trpc/[trpc]/route.ts": true,
  "components/ui/button.tsx": true,
  "emails/invitation.tsx": true,
  "prisma/seed.ts": true,
  "scripts/run.ts": false,
  "scripts/db/cli.ts": false,
  "e2e/support.ts": false,
  "next.config.ts": false,
  "playwright.config.ts": false,
  "vitest.config.ts": false,
  "postcss.config.mjs": false,
};

type Diagnostic = { category?: string; location?: { path?: string | { file?: string } } };

let dir: string;
let flagged: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "rapport-biome-"));
  copyFileSync(path.join(root, "biome.json"), path.join(dir, "biome.json"));
  for (const file of Object.keys(CASES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "export const value = process.env.SOME_SETTING;\n");
  }
  const biome = spawnSync(
    path.join(root, "node_modules/.bin/biome"),
    ["lint", "--vcs-enabled=false", "--reporter=json", "."],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  const report = JSON.parse(biome.stdout) as { diagnostics: Diagnostic[] };
  flagged = report.diagnostics
    .filter((d) => d.category === "lint/style/noProcessEnv")
    .map((d) => {
      const p = d.location?.path;
      return typeof p === "string" ? p : (p?.file ?? "");
    });
}, 180_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("noProcessEnv (biome.json)", () => {
  it.each(Object.entries(CASES))("%s: process.env is an error = %s", (file, error) => {
    expect(flagged.includes(file)).toBe(error);
  });
});
