// The people directory as a manager (Marcus) and as an HR admin (Hannah). The seed has 40 active
// Northwind people; Marcus has 8 active reports (Peter Lang, his ninth, left). Admin changes touch
// people no other spec reads: Nina Petrova's manager, and a new invitation.
import { expect, type Page, test } from "@playwright/test";
import { person, signInWithDemoButton, sql } from "./support";

const MARCUS_REPORTS = [
  "Arjun Mehta",
  "Ben Carter",
  "Chloe Martin",
  "Fatima Al-Sayed",
  "Kenji Watanabe",
  "Noah Williams",
  "Priya Patel",
  "Zoe Adams",
];

const peopleList = (page: Page) => page.getByRole("list", { name: "People", exact: true });
const rows = (page: Page) => peopleList(page).getByRole("listitem");
/** The name line of each row, in order. */
const names = (page: Page) => rows(page).locator("p.font-medium");
const summary = (page: Page) => page.getByRole("navigation", { name: "Pagination" }).getByText(/^Showing \d+ of \d+$/);

async function shownCounts(page: Page) {
  const text = (await summary(page).textContent()) ?? "";
  const [, shown, total] = text.match(/^Showing (\d+) of (\d+)$/) ?? [];
  return { shown: Number(shown), total: Number(total) };
}

test.describe("as a manager", () => {
  test.beforeEach(async ({ page }) => {
    await signInWithDemoButton(page, "Marcus Chen");
  });

  test("opens their team, and can filter the directory by manager", async ({ page }) => {
    const marcus = await person("northwind", "marcus.chen@northwind.example");
    const quickFilters = page.getByRole("navigation", { name: "Quick filters" });
    await page.goto("/northwind/people");
    await quickFilters.getByRole("link", { name: "My team" }).click();
    await expect(page).toHaveURL(`/northwind/people?manager=${marcus.id}`);
    await expect(quickFilters.getByRole("link", { name: "My team" })).toHaveAttribute("aria-current", "page");
    // Said once in the header, not on every row.
    await expect(page.getByText("8 people report to you")).toBeVisible();
    await expect(names(page)).toHaveText(MARCUS_REPORTS);
    await expect(peopleList(page)).not.toContainText("Reports to");
    await expect(peopleList(page)).not.toContainText("Peter Lang");

    await quickFilters.getByRole("link", { name: "Everyone" }).click();
    await expect(page).toHaveURL(/\/northwind\/people$/);
    await expect(page.getByText(/^\d+ people in your organization$/)).toBeVisible();
    await expect(rows(page)).toHaveCount(25);
    await expect(rows(page).filter({ hasText: "Arjun Mehta" })).toContainText("Reports to Marcus Chen");

    await page.getByRole("combobox", { name: "Filter by manager" }).selectOption({ label: "Marcus Chen" });
    await expect(page).toHaveURL(`/northwind/people?manager=${marcus.id}`);
    await expect(page.getByText("8 people report to you")).toBeVisible();
    await expect(names(page)).toHaveText(MARCUS_REPORTS);
  });

  test("searches people by name", async ({ page }) => {
    await page.getByRole("searchbox", { name: "Search people by name, title or email" }).fill("priya");
    await expect(page).toHaveURL(/[?&]q=priya/);
    await expect(page.getByText("1 person matches")).toBeVisible();
    await expect(names(page)).toHaveText(["Priya Patel"]);

    await page.getByRole("searchbox", { name: "Search people by name, title or email" }).fill("no-such-person");
    await expect(page.getByText("No one matches these filters")).toBeVisible();
  });

  test("a person's page shows their manager chain", async ({ page }) => {
    await page.getByRole("searchbox", { name: "Search people by name, title or email" }).fill("Priya");
    await expect(names(page)).toHaveText(["Priya Patel"]);
    await rows(page).getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Priya Patel", level: 1 })).toBeVisible();
    await expect(page.getByRole("list", { name: "Manager chain, nearest first" }).getByRole("listitem")).toHaveText([
      "Marcus Chen · Engineering Manager",
      "Elena Novak · VP Engineering",
      "Daniel Okafor · CEO",
    ]);
    // An employee's page shows no admin controls to their manager.
    await expect(page.getByRole("button", { name: "Change manager" })).toHaveCount(0);
    // The tab says whose page it is, and the manager is one click from their 1:1s.
    await expect(page).toHaveTitle(/^Priya Patel · Rapport$/);
    await page.getByRole("link", { name: "Next 1:1 with Priya Patel" }).click();
    await expect(page).toHaveURL(/\/northwind\/one-on-ones\/[\w-]+$/);
    await expect(page.getByRole("heading", { name: /^1:1 with Priya Patel/, level: 1 })).toBeVisible();
  });

  test("pages through everyone, 25 at a time", async ({ page }) => {
    // Totals are read from the page, not hard-coded: the auth spec may deactivate (and reactivate)
    // someone from the second page meanwhile. The first page's people never change.
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    await expect(rows(page)).toHaveCount(25);
    await expect(names(page).first()).toHaveText("Aisha Khan");
    await expect(names(page).last()).toHaveText("Marcus Chen");
    const first = await shownCounts(page);
    expect(first.shown).toBe(25);
    expect(first.total).toBeGreaterThanOrEqual(39);
    await expect(pagination.getByRole("link", { name: "Previous" })).toHaveCount(0);

    await pagination.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/[?&]after=/);
    await expect(names(page).first()).toHaveText("Mateo Rossi");
    await expect(peopleList(page)).toContainText("Zoe Adams");
    await expect(peopleList(page)).not.toContainText("Aisha Khan");
    const second = await shownCounts(page);
    expect(second.shown).toBe(second.total - 25);
    await expect(rows(page)).toHaveCount(second.shown);
    await expect(pagination.getByRole("link", { name: "Next" })).toHaveCount(0);

    await pagination.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL(/[?&]before=/);
    await expect(rows(page)).toHaveCount(25);
    await expect(names(page).first()).toHaveText("Aisha Khan");
    await expect(names(page).last()).toHaveText("Marcus Chen");
    await expect(pagination.getByRole("link", { name: "Next" })).toBeVisible();
  });

  test("the org chart lists people under their managers", async ({ page }) => {
    await page.getByRole("link", { name: "Org chart" }).click();
    await expect(page).toHaveURL(/\/northwind\/people\/chart$/);
    await expect(page.getByRole("heading", { name: "Org chart", level: 1 })).toBeVisible();
    const chart = page.getByRole("list", { name: "Organization chart" });
    // A small org opens fully, so Marcus finds himself (marked) and his reports straight away.
    await expect(chart.getByRole("link", { name: /^Marcus Chen \(you\)/ })).toBeVisible();
    await expect(chart.getByRole("link", { name: /^Priya Patel/ })).toBeVisible();
    const marcus = chart.getByRole("button", { name: "Marcus Chen: 8 direct reports" });
    await expect(marcus).toHaveAttribute("aria-expanded", "true");
    await expect(marcus.locator("xpath=..")).toContainText("8 direct reports");
    // Collapsing a manager hides their reports; expanding shows them again.
    await marcus.click();
    await expect(chart.getByRole("link", { name: /^Priya Patel/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Expand all" }).click();
    await expect(chart.getByRole("link", { name: /^Priya Patel/ })).toBeVisible();
    // Everyone is in the tree once: as many links as the header counts.
    const header = (await page.getByText(/^\d+ people\. Each manager/).textContent()) ?? "";
    await expect(chart.getByRole("link")).toHaveCount(Number.parseInt(header, 10));
  });
});

test.describe("as an HR admin", () => {
  test.beforeEach(async ({ page }) => {
    await signInWithDemoButton(page, "Hannah Reyes");
  });

  test("changes a person's manager, and the history keeps the old one", async ({ page }) => {
    // Nina moves between two managers under Isabel Moreau, so a retry on the same database works too.
    const yuki = { ...(await person("northwind", "yuki.tanaka@northwind.example")), title: "Design Manager" };
    const liam = { ...(await person("northwind", "liam.murphy@northwind.example")), title: "Head of Customer Success" };
    const nina = await person("northwind", "nina.petrova@northwind.example");
    const [from, to] = nina.managerId === liam.id ? [liam, yuki] : [yuki, liam];
    const historyRows = async () =>
      (await sql(`SELECT 1 FROM "ManagerHistory" WHERE "reportId" = $1`, [nina.id])).length;
    const before = await historyRows();

    await page.goto(`/northwind/people/${nina.id}`);
    await expect(page.getByRole("heading", { name: "Nina Petrova", level: 1 })).toBeVisible();
    const chain = page.getByRole("list", { name: "Manager chain, nearest first" }).getByRole("listitem");
    await expect(chain.first()).toHaveText(`${from.name} · ${from.title}`);
    const history = page.getByRole("list", { name: "Manager history, newest first" }).getByRole("listitem");
    await expect(history).toHaveCount(before);

    const changeButton = page.getByRole("button", { name: "Change manager" });
    await expect(changeButton).toBeDisabled();
    await page.getByLabel("Manager", { exact: true }).selectOption({ label: `${to.name} — ${to.title}` });
    await changeButton.click();
    await expect(page.getByText("Manager updated")).toBeVisible();

    await expect(chain).toHaveText([
      `${to.name} · ${to.title}`,
      "Isabel Moreau · VP Customer Experience",
      "Daniel Okafor · CEO",
    ]);
    await expect(history).toHaveCount(before + 1);
    await expect(history.first()).toContainText(to.name);
    await expect(history.first()).toContainText("– now");
    await expect(history.nth(1)).toContainText(from.name);
    await expect(history.nth(1)).not.toContainText("now");
    await expect(changeButton).toBeDisabled();

    expect((await person("northwind", "nina.petrova@northwind.example")).managerId).toBe(to.id);
    expect(await historyRows()).toBe(before + 1);
  });

  test("invites a person: pending invitation and an email in the outbox", async ({ page }) => {
    const stamp = Date.now().toString(36);
    const name = `Robin Hale ${stamp}`;
    const email = `robin.hale.${stamp}@northwind.example`;
    await page.getByRole("button", { name: "Invite person" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite a person" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Email").fill(email);
    await dialog.getByLabel("Title").fill("Software Engineer");
    await dialog.getByLabel("Manager").selectOption({ label: "Marcus Chen" });
    await dialog.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole("heading", { name: "Pending invitations" })).toBeVisible();
    const invitation = page.getByRole("listitem").filter({ hasText: `${name} · ${email}` });
    await expect(invitation).toBeVisible();
    await expect(invitation).toContainText("Invited by Hannah Reyes");
    await expect(invitation.getByRole("button", { name: "Revoke" })).toBeVisible();

    await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    const mail = page.getByTestId("outbox-email").filter({ has: page.getByTestId("outbox-to").getByText(email) });
    await expect(mail).toHaveCount(1);
    await expect(mail.getByRole("link", { name: /\/invite\// })).toBeVisible();
  });
});
