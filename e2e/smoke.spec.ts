// Plumbing check for the e2e setup itself: the production build is up, on its own database.
import { expect, test } from "@playwright/test";

test("the landing page is served", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
});
