// Honest navigation: the landing page says what exists and what is coming, a signed-in visitor is
// offered the app instead of a second sign-in, the logo leads to a page that works, unbuilt sections
// are marked in the nav, and every kind of "not found" answers HTTP 404 (inside the org's shell when
// the visitor is a member). Read-only.
import { expect, type Page, test } from "@playwright/test";
import { expectNotFoundPage, person, signInWithDemoButton, sql } from "./support";

const ORG = "northwind";

/** A meeting of a pair, newest first (the seed gives every pair months of them). */
async function meetingOf(managerEmail: string, reportEmail: string): Promise<string> {
  const [manager, report] = await Promise.all([person(ORG, managerEmail), person(ORG, reportEmail)]);
  const [row] = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2 ORDER BY "startsAt" DESC LIMIT 1`,
    [manager.id, report.id],
  );
  if (!row) throw new Error(`no meeting of ${managerEmail} and ${reportEmail}`);
  return row.id;
}

const sidebar = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("a signed-out visitor sees what exists, what is coming, and one way in", async ({ page }) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Open Rapport" })).toHaveCount(0);
  const features = page.getByRole("region", { name: /Everything a relationship needs/ }).getByRole("listitem");
  await expect(features.filter({ hasText: "1:1 cadences" })).toContainText("In the app");
  await expect(features.filter({ hasText: "People and reporting lines" })).toContainText("In the app");
  await expect(features.filter({ hasText: "Competency frameworks" })).toContainText("In the app");
  await expect(features.filter({ hasText: "Nudges" })).toContainText("Coming next");
  await expect(features.filter({ hasText: "Recognition and milestones" })).toContainText("In the app");
});

test("a signed-in visitor on the landing page is offered the app, not a sign-in", async ({ page }) => {
  await signInWithDemoButton(page, "Priya Patel");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await page.getByRole("banner").getByRole("link", { name: "Open Rapport" }).click();
  await expect(page).toHaveURL(new RegExp(`/${ORG}/dashboard`));
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
});

test("the logo opens a page that works, and unbuilt sections are marked", async ({ page }) => {
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/one-on-ones`);
  const nav = sidebar(page);
  for (const name of ["Settings"]) {
    await expect(nav.getByRole("link", { name: `${name} Soon` })).toBeVisible();
  }
  for (const name of ["Dashboard", "1:1s", "Calendar", "Recognition", "Competencies", "People"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.getByRole("complementary").getByRole("link", { name: "Rapport" }).click();
  await expect(page).toHaveURL(/\/northwind\/dashboard/);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

  // An unbuilt section is an honest page (HTTP 200) that says so and offers something that works.
  const res = await page.goto(`/${ORG}/settings`);
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Not built yet" })).toBeVisible();
  await page.getByRole("link", { name: "Open your 1:1s" }).click();
  await expect(page.getByRole("heading", { name: "1:1s", level: 1 })).toBeVisible();
});

test("/dev/outbox links to the sign-in page", async ({ page }) => {
  await page.goto("/dev/outbox?to=nobody-yet%40example.com");
  await page.getByRole("link", { name: "the sign-in page" }).click();
  await expect(page).toHaveURL(/\/signin/);
});

test.describe("every not-found page answers HTTP 404", () => {
  test("inside an org it keeps the sidebar, for an HR admin opening a 1:1 and for unknown paths", async ({ page }) => {
    await signInWithDemoButton(page, "Hannah Reyes");
    const theirs = await meetingOf("marcus.chen@northwind.example", "priya.patel@northwind.example");
    for (const path of [
      // HR admins see adherence numbers, never a pair's 1:1 content.
      `/${ORG}/one-on-ones/${theirs}`,
      `/${ORG}/one-on-ones/no-such-meeting`,
      `/${ORG}/people/no-such-person`,
      `/${ORG}/competencies/no-such-framework`,
      `/${ORG}/no-such-section`,
      `/${ORG}/people/chart/deeper/still`,
    ]) {
      const res = await page.goto(path);
      expect(res?.status(), `${path}: HTTP status`).toBe(404);
      await expectNotFoundPage(page);
      await expect(page).toHaveTitle(/^Page not found/);
      await expect(sidebar(page).getByRole("link", { name: "1:1s", exact: true }), `${path}: sidebar`).toBeVisible();
    }
    await page.getByRole("main").getByRole("link", { name: "Your 1:1s" }).click();
    await expect(page.getByRole("heading", { name: "1:1s", level: 1 })).toBeVisible();
  });

  test("an employee opening another pair's 1:1, and anyone on an unknown org or path", async ({ page }) => {
    await signInWithDemoButton(page, "Priya Patel");
    const others = await meetingOf("marcus.chen@northwind.example", "zoe.adams@northwind.example");
    let res = await page.goto(`/${ORG}/one-on-ones/${others}`);
    expect(res?.status()).toBe(404);
    await expectNotFoundPage(page);
    await expect(page.getByText("Zoe Adams")).toHaveCount(0);

    // Outside any org she belongs to: the site-wide 404, no shell.
    for (const path of ["/no-such-org", "/no-such-org/people", "/totally/unknown/path"]) {
      res = await page.goto(path);
      expect(res?.status(), `${path}: HTTP status`).toBe(404);
      await expectNotFoundPage(page);
      await expect(sidebar(page)).toHaveCount(0);
    }
  });
});
