// Named statements through the app's Prisma client: on a PostgreSQL server reads are prepared once
// per connection (and writes never are); on the embedded database (one session shared by every
// connection) nothing is, since two connections preparing one name would collide.
import { afterAll, beforeAll, expect, it } from "vitest";
import { setupTestDb, type TestDb } from "../test/db";
import { isEmbeddedUrl } from "./statements";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());

it("prepares the app's reads on a server, never its writes, and nothing on the embedded database", async () => {
  // One transaction: one connection, whose prepared statements pg_prepared_statements lists.
  const prepared = await t.db.$transaction(async (tx) => {
    await tx.organization.create({ data: { name: "Statements Co", slug: "statements-co" } });
    for (let i = 0; i < 2; i++) await tx.organization.findFirst({ where: { slug: "statements-co" } });
    return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
  });
  const ours = prepared.filter((p) => /^r[0-9a-f]{30}$/.test(p.name));
  if (isEmbeddedUrl(t.url)) {
    expect(ours).toEqual([]);
    return;
  }
  expect(ours.some((p) => /^SELECT .*FROM "public"."Organization"/s.test(p.statement))).toBe(true);
  expect(ours.filter((p) => /^\s*(INSERT|UPDATE|DELETE)/i.test(p.statement))).toEqual([]);
  // The listing's own statement is a read too, prepared before it ran.
  expect(ours.some((p) => p.statement.includes("pg_prepared_statements"))).toBe(true);
});
