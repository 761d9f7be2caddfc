// npm run db:migrate [url]       apply pending migrations to url (default DATABASE_URL)
// npm run db:migration -- <name> write prisma/migrations/<timestamp>_<name>/migration.sql from schema changes
// npm run db:check               exit 1 when schema.prisma and the committed migrations disagree
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyMigrations, diffMigrationsToSchema, isEmptyDiff, migrationsDir } from "./engine";

async function main() {
  const [cmd, name] = process.argv.slice(2);
  if (cmd === "migrate") {
    const url = name ?? process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm run dev starts an embedded database by itself)");
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
  } else if (cmd === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:migration -- <snake_case_name>");
    const sql = await diffMigrationsToSchema();
    if (isEmptyDiff(sql)) return console.log("schema.prisma and the migrations already agree: nothing to create.");
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
  } else if (cmd === "check") {
    const sql = await diffMigrationsToSchema();
    if (!isEmptyDiff(sql)) {
      console.error(`schema.prisma differs from prisma/migrations. Run npm run db:migration -- <name>.\n${sql}`);
      process.exit(1);
    }
    console.log("schema.prisma matches prisma/migrations.");
  } else {
    throw new Error("usage: cli.ts migrate | create <name> | check");
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
