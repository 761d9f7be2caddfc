// Keyboard only on the 1:1 page: focus is never dropped on <body>. Esc in the reschedule dialog
// (opened by its "r" shortcut or its button) returns focus to the Reschedule button; Skip and
// Undo skip replace the button that was pressed, and focus moves to the bar's next button. Marcus
// Chen and Chloe Martin's next 1:1 (a pair no other spec writes to); it ends as it started, scheduled.
import { expect, type Page, test } from "@playwright/test";
import { person, signInWithDemoButton, sql } from "./support";

const ORG = "northwind";

async function nextWithChloe(): Promise<string> {
  const [marcus, chloe] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "chloe.martin@northwind.example"),
  ]);
  const [row] = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2
        AND status IN ('SCHEDULED', 'RESCHEDULED', 'SKIPPED') AND "startsAt" > now() + interval '2 hours'
      ORDER BY "startsAt" LIMIT 1`,
    [marcus.id, chloe.id],
  );
  if (!row) throw new Error("Marcus and Chloe have no upcoming 1:1 in the seed");
  return row.id;
}

/** The accessible name of what has focus, or "<body>" when focus was dropped. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "<body>";
    return (el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
  });

test("focus stays where a keyboard user is: Esc in the reschedule dialog, Skip and Undo skip", async ({ page }) => {
  const path = `/${ORG}/one-on-ones/${await nextWithChloe()}`;
  await signInWithDemoButton(page, "Marcus Chen", path);
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  const undoSkip = page.getByRole("button", { name: "Undo skip" });
  // A retry after a failure mid-way starts from a scheduled meeting again.
  if (await undoSkip.isVisible()) {
    await undoSkip.click();
    await expect(page.getByRole("button", { name: "Skip" })).toBeVisible();
  }
  const reschedule = page.getByRole("button", { name: "Reschedule", exact: true });
  const dialog = page.getByRole("dialog", { name: "Reschedule this 1:1" });

  // The shortcut, with nothing focused: Esc brings focus to the Reschedule button, not <body>.
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.keyboard.press("r");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(reschedule).toBeFocused();

  // The button, by keyboard: Esc returns to it.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(reschedule).toBeFocused();

  // Skip goes away once pressed; focus moves on to the bar's next button.
  await page.getByRole("button", { name: "Skip", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(undoSkip).toBeVisible();
  await expect(undoSkip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Skip", exact: true })).toBeVisible();
  expect(await focused(page)).not.toBe("<body>");
  await expect(reschedule).toBeFocused();
});
