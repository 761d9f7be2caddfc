// Offline replacement for `prisma migrate deploy` / `migrate dev --create-only` / `migrate diff`:
// the WebAssembly schema engine from npm driven through Prisma driver adapters (STACK-NOTES.md).
// It writes Prisma's own `_prisma_migrations` table, so the regular CLI can take over online.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";

export const root = path.resolve(import.meta.dirname, "..", "..");
// RAPPORT_SCHEMA_PATH lets the drift test point the check at a modified copy of the schema.
export const schemaPath = process.env.RAPPORT_SCHEMA_PATH ?? path.join(root, "prisma", "schema.prisma");
export const migrationsDir = path.join(root, "prisma", "migrations");
const filters = { externalTables: [], externalEnums: [] };

async function loadMigrations(): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (e: Error) => ({ tag: "error" as const, value: e.message }),
        ),
      },
    })),
  );
  const lock = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => null);
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: lock },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

async function engineFor(factory: Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0]) {
  const schema = await readFile(schemaPath, "utf8");
  const log = (line: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(line);
  };
  return SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

/** Applies pending migrations to the database at `url` (= prisma migrate deploy). */
export async function applyMigrations(url: string): Promise<string[]> {
  const engine = await engineFor(new PrismaPg({ connectionString: url }));
  try {
    const out = await engine.applyMigrations({ migrationsList: await loadMigrations(), filters });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** SQL that takes the committed migrations to schema.prisma; empty when they agree. */
export async function diffMigrationsToSchema(): Promise<string> {
  const pglite = new PGlite();
  const engine = await engineFor(new PrismaPGlite(pglite));
  try {
    const schema = await readFile(schemaPath, "utf8");
    const migrations = await loadMigrations();
    const result = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: "migrations", ...migrations } : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters,
    });
    return (result.stdout ?? "").trim();
  } finally {
    engine.free();
    await pglite.close();
  }
}

export function isEmptyDiff(sql: string): boolean {
  return sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--"));
}
