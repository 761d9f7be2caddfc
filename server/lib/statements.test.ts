import { describe, expect, it } from "vitest";
import { EMBEDDED_APPLICATION, isEmbeddedUrl, MAX_NAMED_STATEMENTS, statementName } from "./statements";

describe("statementName", () => {
  it("names a read by its text: the same text, the same name", () => {
    const names = new Set<string>();
    const a = statementName('SELECT "id" FROM "Membership" WHERE "id" = $1', names);
    expect(a).toMatch(/^r[0-9a-f]{30}$/);
    expect(statementName('SELECT "id" FROM "Membership" WHERE "id" = $1', new Set())).toBe(a);
    expect(statementName('SELECT "id" FROM "Membership" WHERE "id" = $2', names)).not.toBe(a);
    expect(statementName("\n    WITH page AS (SELECT 1) SELECT * FROM page", names)).toMatch(/^r/);
    expect(names.size).toBe(3);
  });

  it("leaves writes and transaction control unnamed", () => {
    const names = new Set<string>();
    for (const sql of [
      'INSERT INTO "Team" VALUES ($1)',
      'UPDATE "Team" SET name = $1',
      "DELETE FROM x",
      "BEGIN",
      "SET jit=off",
    ])
      expect(statementName(sql, names)).toBeUndefined();
    expect(names.size).toBe(0);
  });

  it("stops naming new texts at the cap, and keeps the names it gave", () => {
    const names = new Set<string>();
    const first = statementName("SELECT 0", names);
    for (let i = 1; i < MAX_NAMED_STATEMENTS; i++) statementName(`SELECT ${i}`, names);
    expect(names.size).toBe(MAX_NAMED_STATEMENTS);
    expect(statementName("SELECT 'one more'", names)).toBeUndefined();
    expect(statementName("SELECT 0", names)).toBe(first);
  });
});

describe("isEmbeddedUrl", () => {
  it("tells the embedded database by its application_name", () => {
    expect(
      isEmbeddedUrl(
        `postgresql://postgres@127.0.0.1:54329/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION}`,
      ),
    ).toBe(true);
    expect(isEmbeddedUrl("postgresql://postgres@127.0.0.1:5432/rapport")).toBe(false);
    expect(isEmbeddedUrl("postgresql://postgres@db/rapport?application_name=other")).toBe(false);
    expect(isEmbeddedUrl("not a url")).toBe(false);
  });
});
