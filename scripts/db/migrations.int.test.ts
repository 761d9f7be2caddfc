// schema.prisma and the committed migrations must agree: `npm run db:check` (the same check as
// `prisma migrate diff --exit-code`, offline) passes on the repository and fails on any drift.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..");
// The check boots a WebAssembly schema engine and an in-memory shadow database: seconds on an idle
// machine, minutes on a loaded one. This budget only catches a hang.
const BUDGET_MS = 300_000;
const check = (env: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db/cli.ts", "check"],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: "utf8",
      timeout: BUDGET_MS,
    },
  );

describe("migrations vs schema.prisma", () => {
  it("agree in the repository", { timeout: BUDGET_MS }, () => {
    const r = check();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("a schema change without a migration is caught", { timeout: BUDGET_MS }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rapport-drift-"));
    const schema = readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8").replace(
      "model Team {",
      "model Drift {\n  id String @id\n}\n\nmodel Team {",
    );
    const file = path.join(dir, "schema.prisma");
    writeFileSync(file, schema);
    const r = check({ RAPPORT_SCHEMA_PATH: file });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/CREATE TABLE "Drift"/);
  });
});
