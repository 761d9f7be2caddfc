// The 1:1s overview. Marcus Chen (manager of the Platform team) sees his reports with their
// cadences, changes Priya Patel's and is refused a start date in the past; Hannah Reyes (HR admin)
// sees adherence numbers and no 1:1 content. Seeded 1:1 history is not pinned: assertions are about
// what is shown, never exact counts. Priya's cadence is put back through the API at the end, so a
// retry on the same database starts from the seeded rule again.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { person, signInWithDemoButton, sql, trpcMutation } from "./support";

const ORG = "northwind";
const PAGE = `/${ORG}/one-on-ones`;
/** A cadence in Marcus's time, then (when the report's clock differs) in the report's own words. */
const cadenceText = (other: string | null) =>
  new RegExp(
    `^(Weekly|Every \\d weeks|Monthly on the \\w+) on \\w+day at \\d{2}:\\d{2}${other ? ` · (\\w{3} )?${other}` : ""}$`,
  );
/** Demo reports and their clocks as Marcus (New York) sees them: the city, and only when it differs. */
const REPORTS = [
  { name: "Priya Patel", other: "\\d{2}:\\d{2} for Priya Patel \\(Kolkata\\)" },
  { name: "Noah Williams", other: "\\d{2}:\\d{2} for Noah Williams \\(Chicago\\)" },
  { name: "Zoe Adams", other: null }, // New York too: one time
];

const reports = (page: Page) => page.getByRole("list", { name: "My reports", exact: true });
const reportRow = (page: Page, name: string) => reports(page).getByRole("listitem").filter({ hasText: name });
/** A report row's actions live in one "Manage" menu (not three buttons on every row). */
async function pairAction(page: Page, row: Locator, name: string, item: string) {
  await row.getByRole("button", { name: `Manage 1:1s with ${name}` }).click();
  await page.getByRole("menuitem", { name: item }).click();
}
const adherence = (page: Page) => page.getByRole("region", { name: "1:1 adherence" });

type CadenceRow = { rrule: string; localTime: string; timeZone: string; durationMinutes: number; kind: string };

async function liveCadence(managerId: string, reportId: string): Promise<CadenceRow | undefined> {
  const [row] = await sql<CadenceRow>(
    `SELECT rrule, "localTime", "timeZone", "durationMinutes", kind::text AS kind FROM "Cadence"
      WHERE "managerId" = $1 AND "reportId" = $2 AND status <> 'ENDED'`,
    [managerId, reportId],
  );
  return row;
}

const todayIn = (zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date());
const MARCUS_ZONE = "America/New_York";
/** The wall times in `zone` of 10:00Z (15:30 in Kolkata) over the next five weeks (two values only around a DST change). */
const tenUtcIn = (zone: string) =>
  Array.from(
    new Set(
      Array.from({ length: 5 }, (_, w) => {
        const d = new Date(Date.now() + w * 7 * 86_400_000);
        d.setUTCHours(10, 0, 0, 0);
        return new Intl.DateTimeFormat("en-GB", {
          timeZone: zone,
          hour: "2-digit",
          minute: "2-digit",
          hourCycle: "h23",
        }).format(d);
      }),
    ),
  );

test.describe("as a manager", () => {
  test.beforeEach(async ({ page }) => {
    await signInWithDemoButton(page, "Marcus Chen", PAGE);
  });

  test("sees his reports, what is coming up, and changes a cadence", async ({ page }) => {
    const marcus = await person(ORG, "marcus.chen@northwind.example");
    const priya = await person(ORG, "priya.patel@northwind.example");
    await expect(page.getByRole("heading", { name: "1:1s", level: 1 })).toBeVisible();
    for (const { name, other } of REPORTS) {
      await expect(reportRow(page, name).getByTestId("cadence")).toHaveText(cadenceText(other));
    }
    await expect(page.getByRole("heading", { name: "Upcoming", level: 2 })).toBeVisible();
    const upcoming = page.getByRole("list", { name: "Upcoming", exact: true }).getByRole("link");
    await expect(upcoming.first()).toHaveAttribute("href", /^\/northwind\/one-on-ones\/[\w-]+$/);
    await expect(upcoming.first()).toContainText(/1:1 with /);
    await expect(page.getByRole("heading", { name: "Recent", level: 2 })).toBeVisible();

    const before = await liveCadence(marcus.id, priya.id);
    expect(before, "Priya has a live cadence").toBeTruthy();
    try {
      const row = reportRow(page, "Priya Patel");
      await pairAction(page, row, "Priya Patel", "Edit cadence");
      const dialog = page.getByRole("dialog", { name: "Edit cadence" });
      await expect(dialog).toContainText("Changing a cadence changes future meetings only");
      await dialog.getByLabel("Repeats").selectOption({ label: "Every 2 weeks" });
      await dialog.getByLabel("Day", { exact: true }).selectOption({ label: "Thursday" });
      await dialog.getByLabel("Time", { exact: true }).fill("15:30");
      await dialog.getByRole("button", { name: "Save cadence" }).click();
      await expect(dialog).toBeHidden();
      // 15:30 in Kolkata (no DST: 10:00Z) is Thursday morning for Marcus: his time first, Priya's second.
      await expect(row.getByTestId("cadence")).toHaveText(
        new RegExp(
          `^Every 2 weeks on Thursday at (${tenUtcIn(MARCUS_ZONE).join("|")}) · 15:30 for Priya Patel \\(Kolkata\\)$`,
        ),
      );

      // A start date in the past is refused by the server, and the error shows on its field.
      await pairAction(page, row, "Priya Patel", "Edit cadence");
      await expect(dialog.getByLabel("Repeats")).toHaveValue("2");
      await expect(dialog.getByLabel("Time", { exact: true })).toHaveValue("15:30");
      const start = dialog.getByLabel("Starts on");
      await start.fill("2020-01-06");
      await dialog.getByRole("button", { name: "Save cadence" }).click();
      await expect(dialog.getByText(/^Pick \d{4}-\d{2}-\d{2} or later$/)).toBeVisible();
      await expect(start).toHaveAttribute("aria-invalid", "true");
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      // Opened from the row's menu, closed with Esc: focus is back on the menu's button.
      await expect(row.getByRole("button", { name: "Manage 1:1s with Priya Patel" })).toBeFocused();
      await expect(row.getByTestId("cadence")).toHaveText(/^Every 2 weeks on Thursday at \d{2}:\d{2} · 15:30 for /);
    } finally {
      if (before) {
        const res = await trpcMutation(page.request, "oneOnOnes.setCadence", {
          org: ORG,
          reportId: priya.id,
          ...before,
          startDate: todayIn(before.timeZone),
        });
        expect(res.ok(), `restoring Priya's cadence: HTTP ${res.status()}`).toBe(true);
      }
    }
  });

  test("pauses and resumes a cadence, and schedules an extra 1:1", async ({ page }) => {
    const row = reportRow(page, "Zoe Adams");
    await pairAction(page, row, "Zoe Adams", "Pause 1:1s");
    await expect(row.getByText("Paused", { exact: true }).first()).toBeVisible();
    await pairAction(page, row, "Zoe Adams", "Resume 1:1s");
    await expect(row.getByText("Paused", { exact: true })).toHaveCount(0);
    await expect(row.getByRole("link", { name: /next 1:1 with Zoe Adams/ })).toBeVisible();

    await pairAction(page, row, "Zoe Adams", "New 1:1");
    const dialog = page.getByRole("dialog", { name: "New 1:1 with Zoe Adams" });
    await dialog.getByLabel("Kind").selectOption({ label: "No-agenda check-in" });
    await dialog.getByRole("button", { name: "Schedule 1:1" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/^1:1 with Zoe Adams on Tomorrow 10:00$/)).toBeVisible();
    const upcoming = page.getByRole("list", { name: "Upcoming", exact: true });
    await expect(upcoming.getByRole("link").filter({ hasText: "No-agenda check-in" }).first()).toBeVisible();
  });
});

test("an HR admin sees adherence numbers per manager and no 1:1 content", async ({ page }) => {
  const hannah = await person(ORG, "hannah.reyes@northwind.example");
  await signInWithDemoButton(page, "Hannah Reyes", PAGE);
  const section = adherence(page);
  await expect(section).toContainText("Numbers only — HR never sees 1:1 content");
  const managers = section.getByRole("list", { name: "Adherence per manager, last 30 days" });
  // A manager's own row is its summary; report names inside other managers' closed rows are hidden.
  const marcus = managers.locator("summary").filter({ hasText: "Marcus Chen" });
  await expect(marcus).toContainText(/\d+ of \d+ held · \d+%/);
  await marcus.click();
  await expect(section.getByRole("list", { name: "Marcus Chen's reports" })).toContainText(/\d+ of \d+ held · \d+%/);
  await section.getByRole("button", { name: "90 days" }).click();
  await expect(section.getByRole("button", { name: "90 days" })).toHaveAttribute("aria-pressed", "true");
  await expect(section.getByRole("list", { name: "Adherence per manager, last 90 days" })).toBeVisible();
  // Numbers only: nothing in the section leads to a meeting.
  await expect(section.getByRole("link")).toHaveCount(0);

  // No content of pairs Hannah is not in, anywhere on the page.
  const texts = await sql<{ text: string }>(
    `SELECT text FROM (
       SELECT tp.text, tp."managerId", tp."reportId" FROM "TalkingPoint" tp
       UNION ALL SELECT ai.text, ai."managerId", ai."reportId" FROM "ActionItem" ai
       UNION ALL SELECT m."sharedNotes", m."managerId", m."reportId" FROM "Meeting" m WHERE m."sharedNotes" <> ''
     ) c WHERE "managerId" <> $1 AND "reportId" <> $1 LIMIT 200`,
    [hannah.id],
  );
  const body = (await page.locator("main").textContent()) ?? "";
  for (const { text } of texts) expect(body).not.toContain(text.slice(0, 60));
});
