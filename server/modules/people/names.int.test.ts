// people.names: a page names the few people it holds ids of (the recognition filter's subject)
// instead of loading the directory. This org's people in any status; another org's ids are absent;
// bad input is a 400 naming the field.
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode, fieldErrorKeys } from "../../test/expect-code";
import { createOrg, createPerson } from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";
import { NAMES_MAX } from "./people.schema";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function world() {
  const w = await oneOnOneWorld(t.db);
  const gone = await createPerson(t.db, { organizationId: w.org.id, name: "Gil Gone", status: "DEACTIVATED" });
  const beta = await createOrg(t.db, { slug: "beta" });
  const outsider = await createPerson(t.db, { organizationId: beta.id, name: "Otto Outsider", role: "ADMIN" });
  const names = (p: { userId: string }) => callerFor(t.db, p.userId).people.names;
  return { ...w, gone, outsider, names };
}

describe("people.names", () => {
  it("names this org's people by id, past members too, in name order", async () => {
    const w = await world();
    const got = await w.names(w.report)({ org: "acme", ids: [w.peer.id, w.gone.id, w.manager.id] });
    expect(got).toEqual([
      { id: w.gone.id, name: "Gil Gone" },
      { id: w.manager.id, name: "Mia Manager" },
      { id: w.peer.id, name: "Pia Peer" },
    ]);
    expect(await w.names(w.report)({ org: "acme", ids: [] })).toEqual([]);
    expect(await w.names(w.report)({ org: "acme", ids: ["no-such-person"] })).toEqual([]);
  });

  it("leaves out another org's people, whichever org the caller asks through", async () => {
    const w = await world();
    expect(await w.names(w.admin)({ org: "acme", ids: [w.outsider.id, w.report.id] })).toEqual([
      { id: w.report.id, name: "Raj Report" },
    ]);
    expect(await w.names(w.outsider)({ org: "beta", ids: [w.report.id, w.gone.id] })).toEqual([]);
    // An org the caller is not a member of is not found, its people or not.
    await expectCode(w.names(w.outsider)({ org: "acme", ids: [w.report.id] }), "NOT_FOUND");
  });

  it("refuses bad input with a 400 naming ids", async () => {
    const w = await world();
    const bad: unknown[] = [
      Array.from({ length: NAMES_MAX + 1 }, (_, i) => `id-${i}`),
      ["x".repeat(41)],
      [""],
      [`${w.report.id}\u0000`],
      [42],
      w.report.id,
    ];
    for (const ids of bad) {
      const err = await expectCode(w.names(w.report)({ org: "acme", ids } as never), "BAD_REQUEST");
      expect(getHTTPStatusCodeFromError(err)).toBe(400);
      expect(fieldErrorKeys(err), JSON.stringify(ids).slice(0, 40)).toEqual(["ids"]);
    }
    const missing = await expectCode(w.names(w.report)({ org: "acme" } as never), "BAD_REQUEST");
    expect(fieldErrorKeys(missing)).toEqual(["ids"]);
  });
});
