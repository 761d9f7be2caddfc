// Levels, read-only over the seed: a manager reads a report's trend (radar and line charts with their
// tables) and evidence; an HR admin sees the same levels without evidence; the team heatmap shows
// a manager's subtree with colour plus text, stale levels and coverage, and filters through the URL;
// someone with no reports gets an explanation, and a peer's levels are a 404.
import { expect, test } from "@playwright/test";
import { person, signInAs } from "./support";

const ORG = "northwind";
const email = (who: string) => `${who}@northwind.example`;
const levelsOf = async (who: string) => `/${ORG}/people/${(await person(ORG, email(who))).id}/competencies`;

test("a manager reads a report's trend as charts and as tables, with the evidence", async ({ page }) => {
  await signInAs(page, email("marcus.chen"));
  const priya = await person(ORG, email("priya.patel"));
  // From the person page.
  await page.goto(`/${ORG}/people/${priya.id}`);
  await page.getByRole("link", { name: "Competencies" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Patel's competencies" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Active listening Role model/ })).toContainText("Up from Developing");

  // Now vs three months ago: a radar, and the same numbers as a table.
  const radar = page.getByRole("figure", { name: "Now and 3 months ago" });
  await expect(radar.locator("svg .recharts-polar-grid")).toBeVisible();
  await radar.getByRole("button", { name: "Show as table" }).click();
  await expect(radar.getByRole("row", { name: /^Active listening/ })).toHaveText(
    "Active listeningDeveloping (2)Role model (4)",
  );
  await expect(radar.getByRole("row", { name: /^Trust/ })).toHaveText("TrustNot ratedNot rated");

  // Active listening over six months: 1, 2, 2, 3, 3, 4 — six points, six rows.
  const line = page.getByRole("figure", { name: "Active listening", exact: true });
  await expect(line.locator("svg .recharts-line-dots circle")).toHaveCount(6);
  await line.getByRole("button", { name: "Show as table: Active listening" }).click();
  const rows = line.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(1)).toContainText("Not yet (1 of 4)");
  await expect(rows.last()).toContainText("Role model (4 of 4)");

  // The evidence, newest first, with what was observed.
  const evidence = page.getByRole("list", { name: "Evidence, newest first" });
  await expect(evidence.getByRole("listitem").first()).toContainText(/Manager's review/);
  await expect(evidence).toContainText("Ran the design review: summarised every decision and owner at the end");
  // The oldest fold behind "Show N earlier".
  const oldest = "Jumped to solutions in the on-call review before hearing the whole problem.";
  await expect(page.getByText(oldest)).toBeHidden();
  await page.getByText(/^Show \d+ earlier$/).click();
  await expect(page.getByRole("list", { name: "Earlier evidence" })).toContainText(oldest);
});

test("an HR admin sees levels and trends but no evidence note", async ({ page }) => {
  await signInAs(page, email("hannah.reyes"));
  await page.goto(await levelsOf("priya.patel"));
  await expect(page.getByRole("row", { name: /^Active listening Role model/ })).toBeVisible();
  await expect(page.getByText("Evidence notes stay between the pair and the managers above them")).toBeVisible();
  await expect(page.getByText("Ran the design review")).toHaveCount(0);
});

test("a peer's levels are not found", async ({ page }) => {
  await signInAs(page, email("priya.patel"));
  const res = await page.goto(await levelsOf("arjun.mehta"));
  expect(res?.status()).toBe(404);
  // Their own are there.
  await page.goto(await levelsOf("priya.patel"));
  await expect(page.getByRole("heading", { level: 1, name: "Your competencies" })).toBeVisible();
});

test("the team heatmap: a manager's subtree, colour plus text, stale levels, coverage and filters", async ({
  page,
}) => {
  await signInAs(page, email("marcus.chen"));
  await page.goto(`/${ORG}/competencies`);
  await page.getByRole("link", { name: "Team heatmap" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team competencies" })).toBeVisible();
  const table = page.getByRole("table", { name: /Latest level per person and competency/ });
  const columns = await table.getByRole("columnheader").allTextContents();
  const col = (name: string) => columns.indexOf(name);
  // Priya's Active listening: "Role model" as text beside its colour.
  const priya = table.getByRole("row", { name: /^Priya Patel/ });
  await expect(priya.getByRole("cell").nth(col("Active listening") - 1)).toHaveText("Role model (level 4 of 4)");
  // Some levels are older than 90 days, and say so in words.
  await expect(table.getByText(", not reviewed in 90 days").first()).toBeAttached();
  await expect(table.getByRole("row", { name: /^Coverage/ })).toContainText("of 8 current");
  // Only Marcus's reports, not Hannah (HR) or another team's manager.
  await expect(table.getByRole("row", { name: /^Hannah Reyes/ })).toHaveCount(0);

  // A team filter goes in the URL; another team has none of Marcus's reports.
  await page.getByLabel("Filter by team").selectOption({ label: "Growth" });
  await expect(page).toHaveURL(/team=/);
  await expect(page.getByRole("heading", { name: "No one matches" })).toBeVisible();

  // Clicking a name opens their levels.
  await page.getByLabel("Filter by team").selectOption({ label: "All teams" });
  await page.getByRole("link", { name: "Priya Patel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Priya Patel's competencies" })).toBeVisible();
});

test("the heatmap explains itself to someone with no reports", async ({ page }) => {
  await signInAs(page, email("priya.patel"));
  await page.goto(`/${ORG}/competencies/team`);
  await expect(page.getByRole("heading", { name: "For managers and HR admins" })).toBeVisible();
});
