// Competency frameworks. Globex has none in the seed: its HR admin Greta Berg installs the starter
// framework in one click, edits a behaviour (a new version; the page shows the new text) and
// reorders by keyboard. Northwind's starter is seeded: an employee reads it and cannot edit. A
// retry on the same database finds Globex's framework installed and goes on from there.
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support";

/** The competency cards (not the behaviours listed inside them). */
const competencies = (page: Page) => page.getByRole("list", { name: "Competencies, in order" }).locator(":scope > li");
const card = (page: Page, name: string) =>
  competencies(page).filter({ has: page.getByRole("heading", { name, exact: true }) });

test("an HR admin installs the starter framework, edits a behaviour and reorders", async ({ page }) => {
  const run = Date.now().toString(36);
  await signInAs(page, "greta.berg@globex.example");
  await page.goto("/globex/competencies");
  await expect(page.getByRole("heading", { name: "Competencies", level: 1 })).toBeVisible();
  const install = page.getByRole("button", { name: "Install the starter framework" });
  if (await install.isVisible()) {
    await expect(page.getByText("No competency framework yet")).toBeVisible();
    await install.click();
  } else {
    await page.getByRole("link", { name: "Relationship building" }).first().click();
  }
  await expect(page).toHaveURL(/\/globex\/competencies\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "Relationship building", level: 1 })).toBeVisible();
  await expect(page.getByText("Applies to everyone without a team framework")).toBeVisible();
  await expect(competencies(page)).toHaveCount(8);
  await expect(card(page, "Active listening")).toContainText("Confirms next steps in writing");

  // Edit a behaviour: saved as a new version, shown at once.
  const behaviour = `Thanks people by name in the team channel ${run}`;
  await card(page, "Trust").getByRole("button", { name: "Edit Trust" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit Trust" });
  const behaviours = dialog.getByLabel("Observable behaviours");
  await behaviours.fill(`Is honest\nKeeps confidences\n${behaviour}`);
  await dialog.getByRole("button", { name: "Save competency" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Saved as a new version: past reviews keep the old texts")).toBeVisible();
  await expect(card(page, "Trust")).toContainText(behaviour);
  await expect(card(page, "Trust")).not.toContainText("Shares credit");

  // Keyboard reorder: Move up, then back down; focus stays usable throughout.
  const names = () => competencies(page).getByRole("heading", { level: 3 }).allTextContents();
  const before = await names();
  const i = before.indexOf("Trust");
  await card(page, "Trust").getByRole("button", { name: "Move Trust up" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(names).toEqual([...before.slice(0, i - 1), "Trust", before[i - 1], ...before.slice(i + 1)]);
  await card(page, "Trust").getByRole("button", { name: "Move Trust down" }).click();
  await expect.poll(names).toEqual(before);

  // A duplicate name is refused on its field, and nothing is added.
  await page.getByRole("button", { name: "Add competency" }).click();
  const add = page.getByRole("dialog", { name: "Add a competency" });
  await add.getByLabel("Name").fill("active listening");
  await add.getByRole("button", { name: "Add competency" }).click();
  await expect(add.getByText("Already in this framework")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(competencies(page)).toHaveCount(8);
});

test("an employee reads the framework and cannot edit it", async ({ page }) => {
  await signInAs(page, "priya.patel@northwind.example");
  await page.goto("/northwind/competencies");
  await page.getByRole("link", { name: "Relationship building" }).click();
  await expect(page.getByRole("heading", { name: "Relationship building", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Rating scale" })).toContainText("Role model");
  await expect(card(page, "Rapport")).toContainText("Initiates brief personal check-ins");
  await expect(page.getByRole("button", { name: /Add competency|Edit|Move|Archive/ })).toHaveCount(0);
});
