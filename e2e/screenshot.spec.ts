// The README's screenshot (docs/screenshot.png): the manager dashboard as Marcus, the demo manager,
// at 1280x800 in the light theme. Regenerated on every run; commit it when the UI changes.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInWithDemoButton } from "./support";

test.use({ viewport: { width: 1280, height: 800 }, colorScheme: "light" });

test("README screenshot of the manager dashboard", async ({ page }) => {
  await signInWithDemoButton(page, "Marcus Chen", "/northwind/dashboard");
  await expect(page.getByRole("list", { name: "Your direct reports" }).getByRole("listitem").first()).toBeVisible();
  // No hover highlight or focus ring from the sign-in click.
  await page.mouse.move(0, 0);
  await page.locator("#main").focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({
    path: path.join(import.meta.dirname, "..", "docs", "screenshot.png"),
    animations: "disabled",
  });
});
