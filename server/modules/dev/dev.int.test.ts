import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendInvitationEmail, sendMagicLinkEmail } from "../../email/messages";
import { env } from "../../env";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const invite = (to: string) =>
  sendInvitationEmail(t.db, {
    to,
    url: "http://localhost:3000/invite/tok",
    orgName: "Acme",
    inviterName: "Hana",
    inviteeName: "Nia",
  });

describe("dev.outbox", () => {
  it("lists emails rendered by server/email, to anyone while demo mode is on", async () => {
    await invite("nia@example.com");
    await sendMagicLinkEmail(t.db, {
      to: "priya@example.com",
      url: "http://localhost:3000/api/auth/callback/email?t=1",
    });
    const all = await callerFor(t.db, null).dev.outbox({});
    const byKind = Object.fromEntries(all.map((e) => [e.kind, e]));
    expect(byKind["magic-link"]).toMatchObject({ to: "priya@example.com", subject: "Your sign-in link for Rapport" });
    expect(byKind.invitation).toMatchObject({ to: "nia@example.com", subject: "Hana invited you to Acme on Rapport" });
    expect(byKind.invitation?.text).toContain("http://localhost:3000/invite/tok");
  });

  it("shows the newest first", async () => {
    const at = (iso: string, subject: string) =>
      t.db.emailOutbox.create({
        data: { to: "a@example.com", subject, html: "", text: "", kind: "test", createdAt: new Date(iso) },
      });
    await at("2026-01-01T10:00:00Z", "older");
    await at("2026-01-01T11:00:00Z", "newer");
    const all = await callerFor(t.db, null).dev.outbox({});
    expect(all.map((e) => e.subject)).toEqual(["newer", "older"]);
  });

  it("filters by address, normalized like stored addresses", async () => {
    await invite("nia@example.com");
    await invite("other@example.com");
    const mine = await callerFor(t.db, null).dev.outbox({ to: " Nia@Example.COM " });
    expect(mine.map((e) => e.to)).toEqual(["nia@example.com"]);
  });

  it("refuses a malformed address", async () => {
    await expect(callerFor(t.db, null).dev.outbox({ to: "not an email" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("is NOT_FOUND outside demo mode (a production deployment)", async () => {
    const demo = env.demoEnabled;
    env.demoEnabled = false;
    try {
      const err = await callerFor(t.db, null)
        .dev.outbox({})
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TRPCError);
      expect(err).toMatchObject({ code: "NOT_FOUND" });
    } finally {
      env.demoEnabled = demo;
    }
  });
});
