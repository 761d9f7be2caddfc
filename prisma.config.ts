import path from "node:path";
import { defineConfig } from "prisma/config";

// The regular Prisma CLI (online machines) reads this file. Offline, `npm run db:migrate` uses the
// WebAssembly schema engine instead (scripts/db/engine.ts) with the same schema and migrations.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/rapport" },
});
