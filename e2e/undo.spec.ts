// Deleting on the 1:1 page can be undone: Marcus Chen deletes a talking point and an action item he
// added to his latest 1:1 with Noah Williams (a pair no other spec writes to), gets a toast with
// "Undo", and after the undo and a reload both are back; a delete left alone stays deleted (kept
// in the database, soft). Texts are unique per run, so the spec can run again on the same database.
import { expect, type Page, test } from "@playwright/test";
import { person, signInWithDemoButton, sql } from "./support";

const ORG = "northwind";

const interactive = (page: Page) => expect(page.locator("[data-hydrated]")).toBeAttached();
const saved = (page: Page, procedure: string) =>
  page.waitForResponse((r) => r.url().includes(`/api/trpc/${procedure}`) && r.request().method() === "POST");
const toast = (page: Page, text: string) => page.locator("[data-sonner-toast]").filter({ hasText: text });

async function latestMeetingWithNoah(): Promise<string> {
  const [marcus, noah] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "noah.williams@northwind.example"),
  ]);
  const [row] = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2 AND "startsAt" < now() AND status <> 'SKIPPED'
      ORDER BY "startsAt" DESC LIMIT 1`,
    [marcus.id, noah.id],
  );
  if (!row) throw new Error("Marcus and Noah have no past 1:1 in the seed");
  return row.id;
}

const deletedAt = async (table: "TalkingPoint" | "ActionItem", text: string) =>
  (await sql<{ deletedAt: Date | null }>(`SELECT "deletedAt" FROM "${table}" WHERE text = $1`, [text]))[0]?.deletedAt;

test("a deleted talking point and action item come back with Undo, and stay after a reload", async ({ page }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const point = `Revisit the on-call rota ${run}`;
  const item = `Share the rota draft ${run}`;
  const path = `/${ORG}/one-on-ones/${await latestMeetingWithNoah()}`;
  await signInWithDemoButton(page, "Marcus Chen", path);
  await interactive(page);
  const points = page.getByRole("list", { name: "Talking points" });
  const items = page.getByRole("list", { name: "Action items" });

  // Add both (the delete buttons appear once the server has confirmed them).
  await page.getByRole("textbox", { name: "New talking point" }).fill(point);
  const pointAdded = saved(page, "oneOnOnes.addPoint");
  await page.getByRole("textbox", { name: "New talking point" }).press("Enter");
  expect((await pointAdded).ok()).toBe(true);
  await page.getByRole("textbox", { name: "New action item" }).fill(item);
  const itemAdded = saved(page, "oneOnOnes.addActionItem");
  await page.getByRole("textbox", { name: "New action item" }).press("Enter");
  expect((await itemAdded).ok()).toBe(true);

  // The talking point: delete, Undo.
  const deletePoint = page.getByRole("button", { name: `Delete “${point}”` });
  const pointDeleted = saved(page, "oneOnOnes.deletePoint");
  await deletePoint.click();
  await expect(points.getByText(point)).toHaveCount(0);
  expect((await pointDeleted).ok()).toBe(true);
  expect(await deletedAt("TalkingPoint", point)).toBeInstanceOf(Date);
  const pointToast = toast(page, "Talking point deleted");
  await expect(pointToast).toContainText(point);
  const pointRestored = saved(page, "oneOnOnes.restorePoint");
  await pointToast.getByRole("button", { name: "Undo" }).click();
  expect((await pointRestored).ok()).toBe(true);
  await expect(points.getByText(point)).toBeVisible();
  await expect(toast(page, "Talking point restored")).toBeVisible();

  // The action item: the same.
  const itemDeleted = saved(page, "oneOnOnes.deleteActionItem");
  await page.getByRole("button", { name: `Delete “${item}”` }).click();
  await expect(items.getByText(item)).toHaveCount(0);
  expect((await itemDeleted).ok()).toBe(true);
  const itemToast = toast(page, "Action item deleted");
  await expect(itemToast).toContainText(item);
  const itemRestored = saved(page, "oneOnOnes.restoreActionItem");
  await itemToast.getByRole("button", { name: "Undo" }).click();
  expect((await itemRestored).ok()).toBe(true);
  await expect(items.getByText(item)).toBeVisible();

  // Both are back for good.
  await page.reload();
  await interactive(page);
  await expect(points.getByText(point)).toBeVisible();
  await expect(items.getByText(item)).toBeVisible();
  expect(await deletedAt("TalkingPoint", point)).toBeNull();
  expect(await deletedAt("ActionItem", item)).toBeNull();

  // Without an undo, a delete stays: gone from the page after a reload, kept (soft) in the database.
  const deletedAgain = saved(page, "oneOnOnes.deleteActionItem");
  await page.getByRole("button", { name: `Delete “${item}”` }).click();
  expect((await deletedAgain).ok()).toBe(true);
  await page.reload();
  await interactive(page);
  await expect(points.getByText(point)).toBeVisible();
  await expect(page.getByText(item)).toHaveCount(0);
  expect(await deletedAt("ActionItem", item)).toBeInstanceOf(Date);
});
