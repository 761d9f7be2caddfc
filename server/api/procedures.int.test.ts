// orgProcedure's membership memo: one request (a page render, an HTTP batch) loads the caller's
// membership once for all its procedures; the next request loads it again, so a member who was
// deactivated in between has lost access.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { setupTestDb, type TestDb } from "../test/db";
import { expectCode } from "../test/expect-code";
import { createOrg, createPerson } from "../test/factories";
import { createCaller } from "./root";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

it("loads the membership once per request, and again on the next one", async () => {
  const org = await createOrg(t.db, { slug: "acme" });
  const raj = await createPerson(t.db, { organizationId: org.id, name: "Raj Report" });
  const memberships = new Map<string, Promise<unknown>>();
  const request = createCaller({ db: t.db, userId: raj.userId, memberships });
  expect(await request.people.teams({ org: "acme" })).toEqual([]);
  expect(memberships.size).toBe(1);
  await t.db.membership.update({ where: { id: raj.id }, data: { status: "DEACTIVATED", deactivatedAt: new Date() } });
  // The same request goes on as it began (its membership was read once, at its start)...
  expect(await request.people.teams({ org: "acme" })).toEqual([]);
  expect(memberships.size).toBe(1);
  // ...and the next one is refused, with or without a memo.
  await expectCode(
    createCaller({ db: t.db, userId: raj.userId, memberships: new Map() }).people.teams({ org: "acme" }),
    "NOT_FOUND",
  );
  await expectCode(createCaller({ db: t.db, userId: raj.userId }).people.teams({ org: "acme" }), "NOT_FOUND");
  // Another org's slug in the same request is its own entry (and not found).
  await expectCode(request.people.teams({ org: "globex" }), "NOT_FOUND");
  expect(memberships.size).toBe(2);
});
