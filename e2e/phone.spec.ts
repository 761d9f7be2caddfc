// At phone width (390 x 844): no page scrolls sideways (fixed at the root, not by hiding overflow
// on <html>/<body>), nothing is cut off with an ellipsis, and each page puts first what a phone
// needs first. The 1:1 page (Marcus Chen's with Priya Patel): action items right after talking
// points, the owner select and placeholders readable, and still two columns on a desktop; the 1:1s
// overview short; People with its filters folded; a person's email wrapped at its "@". Read-only.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { person, signInWithDemoButton, sql } from "./support";

const ORG = "northwind";
const PHONE = { width: 390, height: 844 };

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(PHONE);
});

/** The page is no wider than the screen, and <html>/<body> do not just clip what sticks out. */
async function expectNoSidewaysScroll(page: Page) {
  const m = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    html: getComputedStyle(document.documentElement).overflowX,
    body: getComputedStyle(document.body).overflowX,
  }));
  expect(m.scrollWidth, "document.documentElement.scrollWidth").toBeLessThanOrEqual(PHONE.width);
  expect([m.html, m.body]).not.toContain("hidden");
  expect([m.html, m.body]).not.toContain("clip");
}

/** Texts in `main` shown cut off (text-overflow: ellipsis on content wider than its box). */
async function clippedTexts(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) =>
    Array.from(main.querySelectorAll<HTMLElement>("*"))
      .filter((el) => {
        const cs = getComputedStyle(el);
        return cs.textOverflow === "ellipsis" && cs.display !== "none" && el.scrollWidth > el.clientWidth + 1;
      })
      .map((el) => el.textContent ?? ""),
  );
}

/** How wide each text is in the control's font, against the room its content box has. */
async function roomFor(control: Locator, texts: string[]) {
  return control.evaluate((el, texts) => {
    const cs = getComputedStyle(el);
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) throw new Error("no canvas");
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = el.clientWidth - Number.parseFloat(cs.paddingLeft) - Number.parseFloat(cs.paddingRight);
    return texts.map((text) => ({ text, fits: ctx.measureText(text).width <= room }));
  }, texts);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not rendered");
  return { ...b, bottom: b.y + b.height, right: b.x + b.width };
}

async function marcusAndPriya() {
  return Promise.all([person(ORG, "marcus.chen@northwind.example"), person(ORG, "priya.patel@northwind.example")]);
}

/** The latest 1:1 of Marcus and Priya that already happened: past meetings never go away. */
async function pastMeeting(): Promise<string> {
  const [marcus, priya] = await marcusAndPriya();
  const [row] = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2 AND "startsAt" < now() AND status <> 'SKIPPED'
      ORDER BY "startsAt" DESC LIMIT 1`,
    [marcus.id, priya.id],
  );
  if (!row) throw new Error("Marcus and Priya have no past 1:1 in the seed");
  return `/${ORG}/one-on-ones/${row.id}`;
}

/**
 * Opens their next 1:1, the page the phone issue was found on (carried-over points, history). Another
 * worker may change the pair's cadence meanwhile, which replaces empty future meetings: retried.
 */
async function openNextMeeting(page: Page) {
  const [marcus, priya] = await marcusAndPriya();
  await expect(async () => {
    const [row] = await sql<{ id: string }>(
      `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2
          AND status IN ('SCHEDULED', 'RESCHEDULED') AND "startsAt" > now()
        ORDER BY "startsAt" LIMIT 1`,
      [marcus.id, priya.id],
    );
    expect(row, "the pair has an upcoming 1:1").toBeTruthy();
    await page.goto(`/${ORG}/one-on-ones/${row?.id}`);
    await expect(page.locator("[data-hydrated]")).toBeAttached({ timeout: 10_000 });
    await expect(page.getByRole("heading", { level: 1, name: "1:1 with Priya Patel" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Earlier 1:1s" })).toBeVisible();
  }).toPass({ timeout: 60_000 });
}

const talkingPoints = (page: Page) => page.getByRole("region", { name: "Talking points" });
const actionItems = (page: Page) => page.getByRole("region", { name: "Action items" });

test("the 1:1 page fits a phone, with action items right after talking points", async ({ page }) => {
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/one-on-ones`);
  await openNextMeeting(page);
  await expectNoSidewaysScroll(page);
  expect(await clippedTexts(page)).toEqual([]);

  // Document order: the card after "Talking points" is "Action items".
  const headings = (await page.locator("main h2").allTextContents()).map((t) => t.trim());
  const tp = headings.indexOf("Talking points");
  expect(tp, `${headings}`).toBeGreaterThanOrEqual(0);
  expect(headings[tp + 1], `${headings}`).toBe("Action items");
  // On screen: directly below it, one gap apart, nothing in between.
  const points = await box(talkingPoints(page));
  const items = await box(actionItems(page));
  expect(items.y).toBeGreaterThanOrEqual(points.bottom);
  expect(items.y - points.bottom).toBeLessThanOrEqual(32);
  expect(items.x).toBe(points.x);
  for (const b of [points, items]) expect(b.right).toBeLessThanOrEqual(PHONE.width);

  // Whole texts: the owner's name and the placeholders are not cut.
  const owner = actionItems(page).getByRole("combobox", { name: "Owner" });
  const options = (await owner.locator("option").allTextContents()).map((t) => t.trim());
  expect(options).toEqual(expect.arrayContaining(["Priya Patel", "Marcus Chen (you)"]));
  expect(await roomFor(owner, options)).toEqual(options.map((text) => ({ text, fits: true })));
  for (const field of [
    talkingPoints(page).getByRole("textbox", { name: "New talking point" }),
    actionItems(page).getByRole("textbox", { name: "New action item" }),
  ]) {
    const placeholder = (await field.getAttribute("placeholder")) ?? "";
    expect(await roomFor(field, [placeholder])).toEqual([{ text: placeholder, fits: true }]);
  }
});

test("the 1:1 page keeps two columns on a desktop", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInWithDemoButton(page, "Marcus Chen", await pastMeeting());
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  const points = await box(talkingPoints(page));
  const items = await box(actionItems(page));
  // Side by side, tops aligned, talking points the wider column on the left.
  expect(items.x).toBeGreaterThanOrEqual(points.right);
  expect(Math.abs(items.y - points.y)).toBeLessThanOrEqual(1);
  expect(points.width).toBeGreaterThan(items.width);
  // Shared notes and earlier 1:1s stay under the talking points, in the left column.
  for (const name of ["Shared notes", "Earlier 1:1s"]) {
    const heading = await box(page.getByRole("heading", { level: 2, name }));
    expect(heading.x, name).toBeLessThan(points.right);
    expect(heading.y, name).toBeGreaterThan(points.bottom);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test("the 1:1s overview is short and its names are whole on a phone", async ({ page }) => {
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/one-on-ones`);
  const reports = page.getByRole("list", { name: "My reports", exact: true }).getByRole("listitem");
  await expect(reports).toHaveCount(8);
  await expect(page.getByRole("list", { name: "Upcoming", exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
  expect(await clippedTexts(page)).toEqual([]);

  // One short row per report (who, last held, next, and the report's own clock when it differs,
  // which may wrap to two lines on a phone); a page of a few screens, not five.
  for (const row of await reports.all()) expect((await box(row)).height).toBeLessThanOrEqual(180);
  // The page is those rows and the meeting lists' (whose lines wrap differently with the day and hour
  // the demo data is seen at: a fixed 3,000 px failed at 3,035 one evening): nothing else adds a screen.
  const meetings = page.getByRole("list", { name: /^(Upcoming|Recent)$/ }).getByRole("listitem");
  const bound = 1_100 + 180 * (await reports.count()) + 110 * (await meetings.count());
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(bound);
  const upcoming = page.getByRole("list", { name: "Upcoming", exact: true }).getByRole("link");
  await expect(upcoming.first()).toHaveAccessibleName(/^1:1 with /);

  // Cadence and actions open per row.
  const priya = reports.filter({ hasText: "Priya Patel" });
  const edit = priya.getByRole("button", { name: "Manage 1:1s with Priya Patel" });
  await expect(edit).toBeHidden();
  const toggle = priya.getByRole("button", { name: "Cadence and actions for Priya Patel" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(edit).toBeVisible();
  await expect(priya.getByTestId("cadence")).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("People folds its filters on a phone, so people come first", async ({ page }) => {
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/people`);
  const rows = page.getByRole("list", { name: "People", exact: true }).getByRole("listitem");
  await expect(rows).toHaveCount(25);
  await expectNoSidewaysScroll(page);
  expect(await clippedTexts(page)).toEqual([]);
  await expect(page.getByRole("searchbox", { name: "Search people by name, title or email" })).toBeVisible();
  const team = page.getByRole("combobox", { name: "Filter by team" });
  await expect(team).toBeHidden();
  await expect(page.getByRole("combobox", { name: "Filter by manager" })).toBeHidden();
  // The first people are on the first screen.
  expect((await box(rows.nth(2))).bottom).toBeLessThanOrEqual(PHONE.height);

  const filters = page.getByRole("button", { name: "Filters" });
  await expect(filters).toHaveAttribute("aria-expanded", "false");
  await filters.click();
  await expect(team).toBeVisible();
  await team.selectOption({ label: "Platform" });
  await expect(page).toHaveURL(/[?&]team=/);
  await expect(page.getByRole("button", { name: "Filters (1)" })).toBeVisible();
  await expect(rows.first()).toContainText("Platform");
  await expectNoSidewaysScroll(page);
});

test("a person's page fits a phone and wraps the email at its @", async ({ page }) => {
  const priya = await person(ORG, "priya.patel@northwind.example");
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/people/${priya.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Priya Patel" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  const email = page.getByText("priya.patel@northwind.example", { exact: true });
  await expect(email).toBeVisible();
  // Where each line of the address starts: the first character, or an "@" (never mid-word).
  const lineStarts = await email.evaluate((el) => {
    const chars: { ch: string; top: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) chars.push({ ch: text.data[i] ?? "", top: Math.round(rect.top) });
      }
    }
    return chars.filter((c, i) => i === 0 || c.top > (chars[i - 1]?.top ?? 0) + 2).map((c) => c.ch);
  });
  expect(lineStarts[0]).toBe("p");
  expect(
    lineStarts.slice(1).every((ch) => ch === "@"),
    `lines start with ${lineStarts}`,
  ).toBe(true);
  expect((await box(email)).right).toBeLessThanOrEqual(PHONE.width);
});
