// Proves the integration-test plumbing itself: a migrated, isolated database per file that reset()
// empties. If this fails, every other *.int.test.ts would fail for the same reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db";
import { setupTestDb, type TestDb } from "./db";

describe("setupTestDb", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await setupTestDb();
  });
  afterAll(() => t.close());

  it("starts with migrated, empty tables", async () => {
    expect(await t.db.organization.count()).toBe(0);
    const migrations = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM _prisma_migrations`;
    expect(Number(migrations[0]?.n)).toBeGreaterThan(0);
  });

  it("writes and reads back through Prisma, and getDb() is the same database", async () => {
    const org = await t.db.organization.create({ data: { name: "Plumbing Co", slug: "plumbing-co" } });
    expect(await getDb().organization.findUnique({ where: { id: org.id } })).toMatchObject({ slug: "plumbing-co" });
  });

  it("reset() empties the tables but keeps the migrations", async () => {
    await t.reset();
    expect(await t.db.organization.count()).toBe(0);
    await t.db.organization.create({ data: { name: "Again", slug: "plumbing-co" } });
    expect(await t.db.organization.count()).toBe(1);
  });
});
