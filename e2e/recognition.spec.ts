// Recognition from outside: the composer's field errors (nothing sent), private kudos only in the
// giver's tab, reactions, edit within 15 minutes, delete with undo; a manager's insights (one-way
// pairs, not recognised lately, the weekly chart as a table) and "Recognise" prefilled from them and
// from a person page; the person filter, a directory search kept in the URL with the other filters.
// Sam Rivera gives (nobody else's spec depends on what Sam gives).
import { expect, type Page, test } from "@playwright/test";
import { giveRecognition, person, signInAs, signInWithDemoButton } from "./support";

const ORG = "northwind";

async function asSam(page: Page) {
  await signInAs(page, "sam.rivera@northwind.example");
  await page.goto(`/${ORG}/recognition`);
  await expect(page.locator("[data-composer-ready]")).toBeAttached();
}

test("the composer refuses bad input with field errors and sends nothing", async ({ page }) => {
  await asSam(page);
  await page.getByRole("button", { name: "Give recognition" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Give recognition" });
  await dialog.getByRole("button", { name: "Send recognition" }).click();
  await expect(dialog.getByRole("combobox", { name: "To" })).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toContainText("Pick at least one person to recognise");
  await expect(dialog.getByLabel("Message")).toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("private kudos shows in the giver's Given tab, not in the public feed; edit, delete and undo", async ({
  page,
}) => {
  const run = Date.now().toString(36);
  await asSam(page);
  const message = `Thanks for untangling the renewal quote with me ${run}`;
  await giveRecognition(page, { to: ["Tariq Hassan"], message, private: true });
  await expect(page.getByRole("list", { name: "Public recognition" })).not.toContainText(message);

  await page.getByRole("link", { name: "Given" }).click();
  const given = page.getByRole("list", { name: "Recognition given by you" });
  const card = given.getByRole("article", { name: "Sam Rivera to Tariq Hassan" }).filter({ hasText: run });
  await expect(card).toContainText("Private");

  await card.getByRole("button", { name: /^Edit/ }).click();
  await card.getByLabel("Message").fill(`${message}, and for the follow-up call`);
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card).toContainText("and for the follow-up call");
  await expect(card).toContainText("edited");

  await card.getByRole("button", { name: /^Delete/ }).click();
  await expect(card).toBeHidden();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(given.getByRole("article").filter({ hasText: run })).toBeVisible();
});

test("reactions on someone else's public recognition toggle", async ({ page }) => {
  await asSam(page);
  const card = page
    .getByRole("list", { name: "Public recognition" })
    .getByRole("article")
    .filter({ hasNot: page.getByText(/^Sam Rivera$/) })
    .first();
  await card.getByRole("button", { name: /^Add a reaction/ }).click();
  await page.getByRole("menuitem", { name: "🙏" }).click();
  const mine = card.getByRole("button", { name: /^🙏 \d+: remove your reaction/ });
  await expect(mine).toHaveAttribute("aria-pressed", "true");
  await mine.click();
  await expect(card.getByRole("button", { name: /^🙏 \d+: remove your reaction/ })).toHaveCount(0);
});

test("a manager's insights: one-way pairs, not recognised lately, the chart's table, Recognise prefilled", async ({
  page,
}) => {
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/recognition?tab=insights`);
  await expect(page.getByRole("list", { name: "One-way pairs" })).toContainText("Marcus Chen → Priya Patel");
  const stale = page.getByRole("list", { name: "Not recognised in 30 days" });
  await expect(stale).toContainText("Ben Carter");
  await expect(stale).toContainText("never recognised");
  await page.getByRole("button", { name: "Show as table: recognition per week" }).click();
  await expect(page.getByRole("table", { name: "Recognition per week" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Recognition given and received per person" })).toContainText(
    "Priya Patel",
  );
  await stale.getByRole("button", { name: "Recognise Ben Carter" }).click();
  const dialog = page.getByRole("dialog", { name: "Give recognition" });
  await expect(dialog.getByRole("button", { name: "Remove Ben Carter" })).toBeVisible();
  await page.keyboard.press("Escape");

  const zoe = await person(ORG, "zoe.adams@northwind.example");
  await page.goto(`/${ORG}/people/${zoe.id}`);
  await page.getByRole("button", { name: "Recognise Zoe Adams" }).click();
  await expect(dialog.getByRole("button", { name: "Remove Zoe Adams" })).toBeVisible();
});

test("an employee has no insights tab; the feed filters by competency in the URL", async ({ page }) => {
  await asSam(page);
  await expect(page.getByRole("link", { name: "Insights" })).toHaveCount(0);
  await page.getByLabel("Filter by competency").selectOption({ label: "Trust" });
  await expect(page).toHaveURL(/competency=/);
  const items = page.getByRole("list", { name: "Public recognition" }).getByRole("article");
  await expect(items.first()).toBeVisible();
  for (const text of await items.allInnerTexts()) expect(text).toContain("Trust");
});

test("the feed filters by person through a search, in the URL beside the other filters", async ({ page }) => {
  await asSam(page);
  const filter = page.getByRole("combobox", { name: "Filter by person" });
  await expect(filter).toHaveValue("Everyone");
  // Keyboard: type, the first match is highlighted, Enter picks it.
  await filter.fill("Priya");
  await expect(page.getByRole("option", { name: /^Priya Patel/ })).toHaveAttribute("aria-selected", "true");
  await filter.press("Enter");
  await expect(page).toHaveURL(/[?&]person=/);
  await expect(filter).toHaveValue("Priya Patel");
  const items = page.getByRole("list", { name: "Recognition given or received by Priya Patel" }).getByRole("article");
  await expect(items.first()).toBeVisible();
  for (const text of await items.allInnerTexts()) expect(text).toContain("Priya Patel");

  // Another filter keeps the person; Escape closes the list; "Everyone" heads it and clears the person only.
  await page.getByLabel("Filter by competency").selectOption({ label: "Active listening" });
  await expect(page).toHaveURL(/competency=/);
  await expect(page).toHaveURL(/person=/);
  const list = page.getByRole("listbox", { name: "People to filter by" });
  await filter.click();
  await expect(list).toBeVisible();
  await filter.press("Escape");
  await expect(list).toBeHidden();
  await filter.press("ArrowDown");
  await page.getByRole("option", { name: "Everyone", exact: true }).click();
  await expect(page).not.toHaveURL(/person=/);
  await expect(page).toHaveURL(/competency=/);
  await expect(filter).toHaveValue("Everyone");
});
