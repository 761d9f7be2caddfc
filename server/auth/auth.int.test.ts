import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { env } from "../env";
import { trustForwardedHeaders } from "../lib/forwarded";
import { hitRateLimit } from "../lib/rate-limit";
import { setupTestDb, type TestDb } from "../test/db";
import { createOrg, createPerson } from "../test/factories";
import { demoSignInPath } from "./demo";
import { limitSignInEmail, SIGN_IN_LIMITS } from "./sign-in-limit";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const signInRequest = (email: string, ip = "203.0.113.7") =>
  new Request("http://localhost/api/auth/signin/email", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, csrfToken: "x" }),
  });

describe("sign-in email rate limits", () => {
  it("allows a few emails per address, then answers 429 with Retry-After", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      expect(await limitSignInEmail(signInRequest("Priya@Example.com"))).toBeNull();
    }
    // the same address with different case/spacing is the same key
    const res = await limitSignInEmail(signInRequest("  priya@example.COM "));
    expect(res?.status).toBe(429);
    const retry = Number(res?.headers.get("Retry-After"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowMs / 1000);
    expect(await res?.json()).toMatchObject({ error: expect.stringMatching(/Too many/) });
    // another address from another IP is unaffected
    expect(await limitSignInEmail(signInRequest("other@example.com", "198.51.100.1"))).toBeNull();
  });

  it("limits one IP across many addresses", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      expect(await limitSignInEmail(signInRequest(`user${i}@example.com`, "192.0.2.9"))).toBeNull();
    }
    expect((await limitSignInEmail(signInRequest("fresh@example.com", "192.0.2.9")))?.status).toBe(429);
  });

  it("a forged X-Forwarded-For per request does not escape the per-IP limit (no trusted proxy)", async () => {
    // What scripts/server.ts does to every request before the app sees it (TRUSTED_PROXY_HOPS=0).
    const fromSocket = (email: string, forged: string) => {
      const req = signInRequest(email, forged);
      const headers: Record<string, string | undefined> = Object.fromEntries(req.headers);
      trustForwardedHeaders(headers, "192.0.2.50", 0);
      return new Request(req, { headers: headers as Record<string, string> });
    };
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
      expect(await limitSignInEmail(fromSocket(`user${i}@example.com`, `10.1.0.${i}`))).toBeNull();
    }
    expect((await limitSignInEmail(fromSocket("fresh@example.com", "10.9.9.9")))?.status).toBe(429);
  });

  it("rejects look-alike addresses before anything is counted or sent", async () => {
    const res = await limitSignInEmail(signInRequest("priya\uFF20example.com"));
    expect(res?.status).toBe(400);
    expect(await t.db.rateLimit.count()).toBe(0);
  });

  it("windows are fixed: a new window starts a new count", async () => {
    const w = 60_000;
    const start = Math.floor(Date.now() / w) * w;
    expect(await hitRateLimit(t.db, "k", 1, w, start + 1)).toEqual({ ok: true });
    expect(await hitRateLimit(t.db, "k", 1, w, start + 2)).toMatchObject({ ok: false });
    expect(await hitRateLimit(t.db, "k", 1, w, start + w + 1)).toEqual({ ok: true });
  });
});

describe("demo sign-in", () => {
  it("creates a next-auth verification token hashed with the secret and returns the email callback", async () => {
    const org = await createOrg(t.db, { slug: "northwind" });
    const p = await createPerson(t.db, { organizationId: org.id, email: "priya.patel@northwind.example" });
    const path = await demoSignInPath(p.user.email, "/northwind");
    const url = new URL(path, "http://localhost");
    expect(url.pathname).toBe("/api/auth/callback/email");
    expect(url.searchParams.get("callbackUrl")).toBe("/northwind");
    const token = url.searchParams.get("token") ?? "";
    const stored = await t.db.verificationToken.findFirstOrThrow({ where: { identifier: p.user.email } });
    expect(stored.token).toBe(createHash("sha256").update(`${token}${env.authSecret}`).digest("hex"));
    expect(stored.expires.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses unknown accounts", async () => {
    await expect(demoSignInPath("nobody@example.com", "/")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
