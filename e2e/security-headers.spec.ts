// Security baseline on real responses of the production build.
import { expect, test } from "@playwright/test";

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
