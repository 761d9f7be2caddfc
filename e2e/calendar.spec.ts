// The team milestone calendar from outside: a seeded birthday this month, "Celebrate" sending a
// recognition from it; keyboard navigation between days and months; the agenda by default on a
// phone; a custom milestone added, shown and deleted with undo; the iCal link made, read, and
// revoked by a new one. Sam Rivera celebrates; Marcus Chen adds a milestone for Zoe Adams.
import { expect, type Page, test } from "@playwright/test";
import { signInAs, signInWithDemoButton, sql } from "./support";

const ORG = "northwind";
const monthName = (m: number) =>
  new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, m - 1, 1));

/** The seed puts Camila Torres's (public) birthday in the current month. */
async function camilasBirthday() {
  const [row] = await sql<{ month: number; day: number }>(
    `SELECT m."birthdayMonth" AS month, m."birthdayDay" AS day FROM "Membership" m
       JOIN "Organization" o ON o.id = m."organizationId" WHERE o.slug = $1 AND m.name = 'Camila Torres'`,
    [ORG],
  );
  if (!row) throw new Error("no Camila Torres in the seed");
  return row;
}

const day = (page: Page, month: number, d: number) =>
  page.getByRole("gridcell", { name: new RegExp(`^\\w+, ${monthName(month)} ${d}(, today)?:`) });

async function openCalendar(page: Page, email: string, path = `/${ORG}/calendar?view=month`) {
  await signInAs(page, email);
  await page.goto(path);
  await expect(page.locator("[data-composer-ready]")).toBeAttached();
}

test("a seeded birthday this month; Celebrate sends a recognition", async ({ page }) => {
  const run = Date.now().toString(36);
  const b = await camilasBirthday();
  await openCalendar(page, "sam.rivera@northwind.example");
  await day(page, b.month, b.day).click();
  const selected = page.getByRole("region", { name: "Selected day" });
  await expect(selected).toContainText("Camila Torres's birthday");
  await selected.getByRole("button", { name: "Celebrate Camila Torres's birthday" }).click();
  const dialog = page.getByRole("dialog", { name: "Give recognition" });
  await expect(dialog.getByRole("button", { name: "Remove Camila Torres" })).toBeVisible();
  await expect(dialog.getByLabel("Message")).toHaveValue("Happy birthday, Camila! 🎉");
  await dialog.getByLabel("Message").fill(`Happy birthday, Camila! Thanks for the research readouts ${run}`);
  await dialog.getByRole("button", { name: "Send recognition" }).click();
  await expect(page.getByText("Recognition sent to Camila Torres")).toBeVisible();
  await page.goto(`/${ORG}/recognition`);
  await expect(page.getByRole("list", { name: "Public recognition" })).toContainText(run);
});

test("keyboard: arrows move between days, Page Down to the next month; today is marked", async ({ page }) => {
  await openCalendar(page, "sam.rivera@northwind.example");
  const today = page.getByRole("gridcell", { name: /, today:/ });
  await expect(today).toHaveAttribute("aria-current", "date");
  await expect(today).toHaveAttribute("tabindex", "0"); // the grid's one tab stop
  const iso = (await today.getAttribute("data-day")) ?? "";
  const monthWord = monthName(Number(iso.slice(5, 7)));
  const d = Number(iso.slice(8));
  await today.focus();
  // Right then left comes back; down is a week later (or moves to next month near the end).
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(":focus")).not.toHaveAttribute("data-day", iso);
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator(":focus")).toHaveAttribute("data-day", iso);
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(":focus")).toHaveAccessibleName(/^\w+, \w+ \d+: /); // announced with its date
  await page.keyboard.press("ArrowUp");
  await expect(page.locator(":focus")).toHaveAttribute("data-day", iso);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Selected day" })).toContainText(`${monthWord} ${d}`);
  const before = page.url();
  await page.keyboard.press("PageDown");
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/month=\d{4}-\d{2}&day=\d{4}-\d{2}-\d{2}/);
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("role", "gridcell");
  await expect(focused).not.toHaveAttribute("data-day", new RegExp(`^${iso.slice(0, 7)}`));
  await page.keyboard.press("PageUp");
  await expect(page.locator(":focus")).toHaveAccessibleName(new RegExp(`^\\w+, ${monthWord} ${Math.min(d, 28)}\\b`));
});

test("on a phone the agenda is the default, with Celebrate on milestones", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const b = await camilasBirthday();
  await openCalendar(page, "sam.rivera@northwind.example", `/${ORG}/calendar`);
  const agenda = page.getByRole("list", { name: /^Agenda for / });
  await expect(agenda).toBeVisible();
  await expect(page.getByRole("grid")).toBeHidden();
  await expect(
    agenda
      .getByRole("listitem")
      .filter({ hasText: `${monthName(b.month)} ${b.day}` })
      .first(),
  ).toContainText("Camila Torres's birthday");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test("a manager adds a milestone for a report; it shows, and deletes with undo", async ({ page }) => {
  const run = Date.now().toString(36);
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/calendar?view=agenda`);
  await page.getByRole("button", { name: "Add milestone" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a milestone" });
  await dialog.getByRole("button", { name: "Add milestone" }).click();
  await expect(dialog.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  const title = `Shipped the billing migration ${run}`;
  await dialog.getByLabel("Title").fill(title);
  // The person is searched for (the directory is never sent whole to the page).
  await dialog.getByRole("combobox", { name: "Person" }).fill("Zoe");
  await dialog.getByRole("option", { name: /^Zoe Adams/ }).click();
  await expect(dialog.getByRole("button", { name: "Remove Zoe Adams" })).toBeVisible();
  await dialog.getByRole("button", { name: "Add milestone" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("list", { name: /^Agenda for / })).toContainText(title);
  await page.getByText(/^Custom milestones/).click();
  const list = page.getByRole("list", { name: "Custom milestones" });
  await list.getByRole("button", { name: `Delete ${title}` }).click();
  await expect(page.getByRole("list", { name: /^Agenda for / })).not.toContainText(title);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("list", { name: /^Agenda for / })).toContainText(title);
});

test("the iCal link: made once, read as text/calendar, dead after a new one", async ({ page }) => {
  await openCalendar(page, "sam.rivera@northwind.example");
  await page.getByRole("button", { name: "Subscribe" }).click();
  const dialog = page.getByRole("dialog", { name: "Subscribe from your calendar app" });
  await dialog.getByRole("button", { name: /^Make (my|a new) link$/ }).click();
  const first = await dialog.getByLabel("Calendar feed link").inputValue();
  expect(first).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
  await expect(dialog.getByRole("link", { name: "Open in your calendar app" })).toHaveAttribute("href", /^webcal:/);
  const res = await page.request.get(first);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/calendar");
  const body = await res.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain("Camila Torres's birthday");
  await dialog.getByRole("button", { name: "Make a new link" }).click();
  await expect(dialog.getByLabel("Calendar feed link")).not.toHaveValue(first);
  const old = await page.request.get(first);
  expect(old.status()).toBe(404);
  expect(await old.text()).toBe("");
});
