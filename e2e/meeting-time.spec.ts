// One time-zone story: a 1:1 shows at the viewer's time (from their profile zone, never the
// browser's) on the overview, the meeting page header and the history of a later meeting, with the
// other participant's time second; city names, "Kolkata" never "Calcutta"; and a chosen time in the
// other person's night is flagged. Demo data: Marcus Chen (America/New_York) manages Priya Patel
// (Asia/Kolkata). The browsers run in other zones on purpose. Read-only: past meetings are stable
// (cadence changes by other specs only touch empty future ones) and the reschedule is cancelled.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { person, signInWithDemoButton, sql } from "./support";

const ORG = "northwind";
const NY = "America/New_York";
const KOLKATA = "Asia/Kolkata";

type Row = { id: string; startsAt: Date; durationMinutes: number };

const fields = (d: Date, zone: string) =>
  Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
const hhmm = (d: Date, zone: string) => `${fields(d, zone).hour}:${fields(d, zone).minute}`;
const range = (m: Row, zone: string) =>
  `${hhmm(m.startsAt, zone)} – ${hhmm(new Date(m.startsAt.getTime() + m.durationMinutes * 60_000), zone)}`;
const dateOf = (d: Date, zone: string) => `${fields(d, zone).year}-${fields(d, zone).month}-${fields(d, zone).day}`;
/** "Fri " when the other clock is on another date than the viewer's, as the page writes it. */
const dayPrefix = (d: Date, viewer: string, other: string) =>
  dateOf(d, viewer) === dateOf(d, other) ? "" : `${fields(d, other).weekday} `;
const shortDate = (d: Date, zone: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone: zone, month: "short", day: "numeric", year: "numeric" }).format(d);
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The two latest past, not skipped 1:1s of the pair: `earlier` is in `later`'s history. */
async function pastPair(managerId: string, reportId: string) {
  const rows = await sql<Row>(
    `SELECT id, "startsAt", "durationMinutes" FROM "Meeting"
      WHERE "managerId" = $1 AND "reportId" = $2 AND status <> 'SKIPPED' AND "startsAt" < now() - interval '1 day'
      ORDER BY "startsAt" DESC LIMIT 2`,
    [managerId, reportId],
  );
  const [later, earlier] = rows;
  if (!later || !earlier) throw new Error("the demo pair has no held 1:1s (is the seed loaded?)");
  return { earlier, later };
}

const interactive = (page: Page) => expect(page.locator("[data-hydrated]")).toBeAttached();

async function signedIn(browser: Browser, name: string, timezoneId: string, path: string) {
  const page = await (await browser.newContext({ timezoneId })).newPage();
  await signInWithDemoButton(page, name, path);
  return page;
}

/** The Recent list shows the first few: open it all (once the page reacts) so an older 1:1 is on screen. */
async function recentLink(page: Page, meetingId: string) {
  const recent = page.getByRole("region", { name: "Recent" });
  const link = recent.locator(`a[href="/${ORG}/one-on-ones/${meetingId}"]`);
  await expect(async () => {
    const more = recent.getByRole("button", { name: /^Show all/ });
    if (await more.isVisible()) await more.click();
    await expect(link).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return link;
}

test("a 1:1 shows at the viewer's time everywhere, the other person's second", async ({ browser }) => {
  const [marcus, priya] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "priya.patel@northwind.example"),
  ]);
  const { earlier, later } = await pastPair(marcus.id, priya.id);
  const at = earlier.startsAt;

  // Marcus, on a laptop set to Auckland: New York times first, Kolkata second.
  const m = await signedIn(browser, "Marcus Chen", "Pacific/Auckland", `/${ORG}/one-on-ones`);
  const forPriya = `${dayPrefix(at, NY, KOLKATA)}${hhmm(at, KOLKATA)} for Priya Patel (Kolkata)`;
  const onOverview = await recentLink(m, earlier.id);
  // "Thu, Nov 26 05:00" then "15:30 for Priya Patel (Kolkata)" (then its Held badge).
  await expect(onOverview).toContainText(new RegExp(`\\s${literal(hhmm(at, NY))}${literal(forPriya)}`));

  await m.goto(`/${ORG}/one-on-ones/${earlier.id}`);
  await interactive(m);
  await expect(m.getByTestId("viewer-time")).toHaveText(
    new RegExp(`^${literal(range(earlier, NY))} your time \\(New York\\) · `),
  );
  await expect(m.getByTestId("other-time")).toHaveText(
    `${dayPrefix(at, NY, KOLKATA)}${range(earlier, KOLKATA)} for Priya Patel (Kolkata)`,
  );

  await m.goto(`/${ORG}/one-on-ones/${later.id}`);
  await interactive(m);
  const inHistory = m
    .getByRole("list", { name: "Earlier 1:1s" })
    .locator(`a[href="/${ORG}/one-on-ones/${earlier.id}"]`);
  await expect(inHistory).toContainText(`${shortDate(at, NY)}, ${hhmm(at, NY)} · ${forPriya}`);

  // Priya, with a browser that calls her zone "Asia/Calcutta": Kolkata first, New York second.
  const p = await signedIn(browser, "Priya Patel", "Asia/Calcutta", `/${ORG}/one-on-ones`);
  const forMarcus = `${dayPrefix(at, KOLKATA, NY)}${hhmm(at, NY)} for Marcus Chen (New York)`;
  await expect(await recentLink(p, earlier.id)).toContainText(
    new RegExp(`\\s${literal(hhmm(at, KOLKATA))}${literal(forMarcus)}`),
  );
  await expect(p.getByTestId("cadence")).toHaveText(
    /^(Weekly|Every \d weeks) on \w+day at \d{2}:\d{2} · .+ for Marcus Chen \(New York\)$/,
  );
  await p.goto(`/${ORG}/one-on-ones/${earlier.id}`);
  await interactive(p);
  await expect(p.getByTestId("viewer-time")).toHaveText(
    new RegExp(`^${literal(range(earlier, KOLKATA))} your time \\(Kolkata\\) · `),
  );
  await expect(p.getByTestId("other-time")).toHaveText(
    `${dayPrefix(at, KOLKATA, NY)}${range(earlier, NY)} for Marcus Chen (New York)`,
  );
  await expect(p.locator("main")).not.toContainText("Calcutta");

  await m.context().close();
  await p.context().close();
});

test("rescheduling to a time in the other person's night warns", async ({ page }) => {
  const [marcus, priya] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "priya.patel@northwind.example"),
  ]);
  await signInWithDemoButton(page, "Marcus Chen", `/${ORG}/one-on-ones`);
  // Any upcoming 1:1 of the pair (another spec may replace empty ones meanwhile: retried).
  await expect(async () => {
    const [next] = await sql<{ id: string }>(
      `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2
          AND status IN ('SCHEDULED', 'RESCHEDULED') AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
      [marcus.id, priya.id],
    );
    await page.goto(`/${ORG}/one-on-ones/${next?.id}`);
    await expect(page.locator("[data-hydrated]")).toBeAttached({ timeout: 5_000 });
    await page.getByRole("button", { name: "Reschedule" }).click({ timeout: 5_000 });
  }).toPass({ timeout: 40_000 });
  const dialog = page.getByRole("dialog", { name: "Reschedule this 1:1" });
  await expect(dialog).toContainText("In your time zone (New York).");

  // 01:27 in Kolkata two days from now is the afternoon before in New York.
  const kolkataDay = dateOf(new Date(Date.now() + 2 * 86_400_000), KOLKATA);
  const night = new Date(`${kolkataDay}T01:27:00+05:30`);
  const input = dialog.getByLabel("New date and time");
  await input.fill(`${dateOf(night, NY)}T${hhmm(night, NY)}`);
  await expect(dialog).toContainText(`That is ${dayPrefix(night, NY, KOLKATA)}01:27 for Priya Patel (Kolkata).`);
  await expect(dialog).toContainText("01:27 in Kolkata is night for Priya Patel (22:00–07:00).");

  // 10:00 in Kolkata is fine for her (and the warning goes).
  const morning = new Date(`${kolkataDay}T10:00:00+05:30`);
  await input.fill(`${dateOf(morning, NY)}T${hhmm(morning, NY)}`);
  await expect(dialog).toContainText(`That is ${dayPrefix(morning, NY, KOLKATA)}10:00 for Priya Patel (Kolkata).`);
  await expect(dialog).not.toContainText("is night for");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});
