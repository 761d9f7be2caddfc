// The manager dashboard from outside: a seeded manager (Yuki Tanaka: no other spec changes her
// pairs) lands on it after sign-in, sees a report who needs attention with the reason in words,
// schedules a 1:1 from the line and finds it under "1:1s to prepare"; the charts draw and their
// tables hold the same numbers; at phone width the lines stack without overflow. An employee sees
// the teaching empty state, an HR admin the organization's numbers by manager and team.
import { expect, type Page, test } from "@playwright/test";
import { signInAs } from "./support";

const ORG = "northwind";

async function asYuki(page: Page) {
  await signInAs(page, "yuki.tanaka@northwind.example");
  await page.goto(`/${ORG}`);
  await expect(page).toHaveURL(`/${ORG}/dashboard`);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
}

test("a manager sees who needs attention and why, and schedules the 1:1 from the line", async ({ page }) => {
  await asYuki(page);
  const lines = page.getByRole("list", { name: "Your direct reports" });
  await expect(lines.getByRole("listitem").first()).toBeVisible();
  const flagged = lines
    .getByRole("listitem")
    .filter({ has: page.getByText(/^(Needs attention|At risk)$/) })
    .first();
  await expect(flagged).toBeVisible();
  await expect(flagged).toContainText(
    /no 1:1 (cadence set|in \d+ days|held yet)|not recognised in \d+ days|never recognised|overdue/,
  );
  const name = (await flagged.getByRole("link").first().textContent())?.trim() ?? "";
  expect(name).not.toBe("");

  await flagged.getByRole("button", { name: `New 1:1 with ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `New 1:1 with ${name}` });
  await dialog.getByRole("button", { name: "Schedule 1:1" }).click();
  await expect(page.getByText(`1:1 with ${name} on Tomorrow 10:00`)).toBeVisible();
  await expect(dialog).toBeHidden();
  // Tomorrow at 10:00 is within the week: it is on the list to prepare, and links to the 1:1.
  const week = page.getByRole("region", { name: "This week" });
  const prepare = week.getByRole("link", { name: new RegExp(`^${name}, Tomorrow 10:00`) });
  await expect(prepare).toBeVisible();
  await prepare.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
});

test("the charts draw, and each table shows the same numbers", async ({ page }) => {
  await asYuki(page);
  const chart = page.getByRole("figure", { name: "1:1s held vs scheduled, per week" });
  await expect(chart.locator("svg").first()).toBeVisible();
  const summary = (await chart.getByRole("img", { name: /scheduled 1:1s were held/ }).getAttribute("aria-label")) ?? "";
  const [, held, scheduled] = summary.match(/(\d+) of (\d+) scheduled/) ?? [];
  await chart.getByRole("button", { name: "Show as table: 1:1s per week" }).click();
  const rows = chart.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(13); // the header and 12 weeks
  const cells = await chart
    .getByRole("table")
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => Number(td.textContent))));
  expect(cells.reduce((n, [s]) => n + (s ?? 0), 0)).toBe(Number(scheduled));
  expect(cells.reduce((n, [, h]) => n + (h ?? 0), 0)).toBe(Number(held));
  for (const title of ["Recognition given and received, per week", "Span of control"])
    await expect(page.getByRole("figure", { name: title }).locator("svg").first()).toBeVisible();
});

test("at phone width the lines stack readably, with no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await asYuki(page);
  const first = page.getByRole("list", { name: "Your direct reports" }).getByRole("listitem").first();
  await expect(first).toBeVisible();
  const box = await first.boundingBox();
  expect(box?.width ?? 999).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("an employee is taught what the dashboard is; HR sees the organization by manager and team", async ({ page }) => {
  await signInAs(page, "priya.patel@northwind.example");
  await page.goto(`/${ORG}/dashboard`);
  await expect(page.getByRole("heading", { name: "Your dashboard fills in when people report to you" })).toBeVisible();
  await page.getByRole("link", { name: "Open your 1:1s" }).click();
  await expect(page.getByRole("heading", { name: "1:1s", level: 1 })).toBeVisible();

  await signInAs(page, "hannah.reyes@northwind.example");
  await page.goto(`/${ORG}/dashboard`);
  await expect(page.getByRole("link", { name: "Organization" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "By manager" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "By team" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^By manager/ })).toContainText("Marcus Chen");
  // Numbers only: no 1:1 content, no line per person.
  await expect(page.getByRole("list", { name: "Your direct reports" })).toHaveCount(0);
});
