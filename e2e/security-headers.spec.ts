// Security baseline on real responses of the production build.
import { expect, test } from "@playwright/test";
import { signInWithDemoButton, trpcUrl } from "./support";

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/signin", "/api/auth/csrf", "/does-not-exist"]) {
    const res = await request.get(path);
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(h["strict-transport-security"], path).toMatch(/max-age=\d{7,}/);
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["x-powered-by"], path).toBeUndefined();
  }
});

test("session cookies are HttpOnly and SameSite=Lax", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in as Elena Novak" }).click();
  await expect(page).toHaveURL(/\/northwind\//);
  const session = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("tRPC answers are never cached, and a same-host origin with another scheme is cross-site", async ({
  page,
  request,
}) => {
  await signInWithDemoButton(page, "Priya Patel");
  const signedIn = await page.request.get(trpcUrl("orgs.me", undefined));
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()["cache-control"]).toBe("private, no-store");
  const base = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3100");
  const forged = `https://${base.host}`;
  const res = await request.post("/api/trpc/people.update", {
    headers: { origin: forged, "content-type": "application/json", "x-forwarded-proto": "https" },
    data: { json: { org: "northwind", personId: "x", title: "y" } },
  });
  expect(res.status()).toBe(403);
  expect(res.headers()["cache-control"]).toBe("private, no-store");
});

test("no page trips the Content-Security-Policy (no eval in any chunk)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/CSP violation|Content Security Policy|unsafe-eval/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective}`));
  });
  await signInWithDemoButton(page, "Marcus Chen", "/northwind/one-on-ones");
  const meeting = page
    .getByRole("link")
    .filter({ hasText: /1:1 with/ })
    .first();
  await meeting.click();
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  await page.goto("/northwind/people");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});
