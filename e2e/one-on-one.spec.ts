// The 1:1 page in two browsers: Marcus Chen (manager) and Priya Patel (report) share talking points,
// Marcus's private note never reaches Priya (page HTML or tRPC), and an open action item carries over
// to the pair's next meeting once this one is held. Texts are unique per run, so the spec can run
// again on the same database; it depends on the seed only for the pair's weekly cadence.
// one-on-ones-list.spec.ts may change this pair's cadence meanwhile (another worker), which deletes
// the pair's *empty* future meetings: picking "the next meeting" is retried until one is written in.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNotFoundPage, person, signInWithDemoButton, sql, trpcUrl } from "./support";

const ORG = "northwind";
/** Marcus Chen's profile zone (the seed's); every time he sees is in it. */
const MARCUS_ZONE = "America/New_York";

type SetStatusOut = { carriedOver: { points: number; actionItems: number; next: { startsAt: string } | null } | null };

const parts = (d: Date, zone: string, o: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: zone, ...o }).formatToParts(d).map((p) => [p.type, p.value]),
  );
/** A datetime-local value of `d` on the wall clock of `zone`. */
function wallClock(d: Date, zone: string) {
  const p = parts(d, zone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
/** "Dec 1" (with the year when it is not this year), as the page writes a day. */
function dayIn(d: Date, zone: string) {
  const year = (x: Date) => parts(x, zone, { year: "numeric" }).year;
  const o: Intl.DateTimeFormatOptions = { month: "short", day: "numeric" };
  return new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    ...o,
    ...(year(d) === year(new Date()) ? {} : { year: "numeric" }),
  }).format(d);
}
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
/** "2 points and 1 action item carry" (what the toast says before "over to …"). */
const carryOver = (points: number, items: number) =>
  `${[points ? plural(points, "point") : "", items ? plural(items, "action item") : ""].filter(Boolean).join(" and ")} ${points + items === 1 ? "carries" : "carry"}`;

/** The pair's first meeting still to come (not held, skipped or past). */
async function nextOpenMeeting(managerId: string, reportId: string): Promise<string> {
  const rows = await sql<{ id: string }>(
    `SELECT m.id FROM "Meeting" m
      WHERE m."managerId" = $1 AND m."reportId" = $2
        AND m.status IN ('SCHEDULED', 'RESCHEDULED') AND m."startsAt" > now()
      ORDER BY m."startsAt" LIMIT 1`,
    [managerId, reportId],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("the demo pair has no upcoming 1:1 (is its cadence seeded?)");
  return id;
}

/** The 1:1 page is hydrated (its client component sets the marker), so clicks and typing reach React. */
const interactive = (page: Page, timeout?: number) => expect(page.locator("[data-hydrated]")).toBeAttached({ timeout });

async function signedIn(browser: Browser, name: string, path?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithDemoButton(page, name, path);
  if (path) await interactive(page);
  return page;
}

async function reload(page: Page) {
  await page.reload();
  await interactive(page);
}

const savedMutation = (page: Page, procedure: string) =>
  page.waitForResponse((r) => r.url().includes(`/api/trpc/${procedure}`) && r.request().method() === "POST");

test("manager and report share a 1:1; private notes stay private; open items carry over", async ({ browser }) => {
  test.setTimeout(240_000); // two browsers and a long journey
  const run = Date.now().toString(36);
  const point = `Talk about the roadmap ${run}`;
  const canary = `PRIVATE-canary ${run}: thinking about her promotion case`;
  const item = `Draft the migration plan ${run}`;
  const [marcus, priya] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "priya.patel@northwind.example"),
  ]);

  // The manager opens the next 1:1 and adds a talking point from the keyboard ("t", type, Enter).
  const m = await signedIn(browser, "Marcus Chen");
  let meetingId = "";
  await expect(async () => {
    meetingId = await nextOpenMeeting(marcus.id, priya.id);
    await m.goto(`/${ORG}/one-on-ones/${meetingId}`);
    await interactive(m, 5_000);
    await expect(m.getByRole("heading", { level: 1, name: "1:1 with Priya Patel" })).toBeVisible();
    const added = savedMutation(m, "oneOnOnes.addPoint");
    await m.keyboard.press("t");
    await expect(m.getByRole("textbox", { name: "New talking point" })).toBeFocused();
    await m.keyboard.type(point);
    await m.keyboard.press("Enter");
    expect((await added).ok()).toBe(true);
  }).toPass({ timeout: 40_000 });
  await expect(m.getByRole("list", { name: "Talking points" })).toContainText(point);
  const path = `/${ORG}/one-on-ones/${meetingId}`;

  // The report sees it and checks it off.
  const r = await signedIn(browser, "Priya Patel", path);
  await expect(r.getByRole("heading", { level: 1, name: "1:1 with Marcus Chen" })).toBeVisible();
  const box = r.getByRole("checkbox", { name: point });
  await expect(box).not.toBeChecked();
  const checked = savedMutation(r, "oneOnOnes.checkPoint");
  await box.click(); // the checkmark follows from the optimistic update, asserted below
  expect((await checked).ok()).toBe(true);
  await expect(box).toBeChecked();
  await reload(m);
  await expect(m.getByRole("checkbox", { name: point })).toBeChecked();

  // The manager's private note autosaves...
  await m.getByRole("textbox", { name: "Private note" }).fill(canary);
  await expect(m.getByRole("status").filter({ hasText: /^Saved \d/ })).toBeVisible();
  await reload(m);
  await expect(m.getByRole("textbox", { name: "Private note" })).toHaveValue(canary);

  // ...and never reaches the report: not in the server-rendered page, not in any tRPC response.
  const bodies: Promise<string>[] = [];
  r.on("response", (res) => {
    if (res.url().includes("/api/trpc/")) bodies.push(res.text().catch(() => ""));
  });
  await reload(r);
  await expect(r.getByRole("textbox", { name: "Private note" })).toHaveValue("");
  expect(await r.content()).not.toContain(canary);
  const direct = await r.request.get(trpcUrl("oneOnOnes.get", { org: ORG, meetingId }));
  expect(direct.ok()).toBe(true);
  const payload = await direct.text();
  expect(payload).toContain(point);
  expect(payload).not.toContain(canary);
  for (const body of await Promise.all(bodies)) expect(body).not.toContain(canary);

  // The manager adds an action item for Priya, moves the 1:1 to now and marks it held.
  await m.getByRole("textbox", { name: "New action item" }).fill(item);
  await m.getByRole("combobox", { name: "Owner" }).selectOption({ label: "Priya Patel" });
  const itemAdded = savedMutation(m, "oneOnOnes.addActionItem");
  await m.getByRole("textbox", { name: "New action item" }).press("Enter");
  expect((await itemAdded).ok()).toBe(true);
  await expect(m.getByRole("list", { name: "Action items" })).toContainText(item);

  // The picker is in Marcus's profile zone (New York), whatever the browser's zone is.
  await m.getByRole("button", { name: "Reschedule" }).click();
  const dialog = m.getByRole("dialog", { name: "Reschedule this 1:1" });
  await expect(dialog).toContainText("In your time zone (New York).");
  await dialog.getByLabel("New date and time").fill(wallClock(new Date(Date.now() + 2 * 60_000), MARCUS_ZONE));
  await dialog.getByRole("button", { name: "Reschedule" }).click();
  await expect(dialog).toBeHidden();
  await expect(m.getByText(/^Rescheduled to /)).toBeVisible();
  const [moved] = await sql<{ startsAt: Date }>(`SELECT "startsAt" FROM "Meeting" WHERE id = $1`, [meetingId]);
  expect(Math.abs((moved?.startsAt.getTime() ?? 0) - Date.now())).toBeLessThan(5 * 60_000);

  // Marking it held says what carries over, and to which day (Marcus's date), from what the server moved.
  const [open] = await sql<{ points: number; items: number }>(
    `SELECT (SELECT count(*)::int FROM "TalkingPoint" tp JOIN "Meeting" x ON x.id = tp."meetingId"
              WHERE tp."managerId" = $1 AND tp."reportId" = $2 AND tp."checkedAt" IS NULL AND x."startsAt" <= $3) AS points,
            (SELECT count(*)::int FROM "ActionItem" ai JOIN "Meeting" x ON x.id = ai."meetingId"
              WHERE ai."managerId" = $1 AND ai."reportId" = $2 AND ai."completedAt" IS NULL AND x."startsAt" <= $3) AS items`,
    [marcus.id, priya.id, moved?.startsAt],
  );
  expect(open?.items, "the new action item is open").toBeGreaterThanOrEqual(1);
  const statusSet = m.waitForResponse((r) => r.url().includes("/api/trpc/oneOnOnes.setStatus"));
  await m.getByRole("button", { name: "Mark held" }).click();
  // The page's client batches requests: the answer is an array of results (superjson in `json`).
  const answer = (await (await statusSet).json()) as { result: { data: { json: SetStatusOut } } }[];
  const out = answer[0]?.result.data.json.carriedOver;
  expect(out).toMatchObject({ points: open?.points, actionItems: open?.items });
  const nextDay = out?.next ? dayIn(new Date(out.next.startsAt), MARCUS_ZONE) : null;
  await expect(m.getByText("Marked as held")).toBeVisible();
  await expect(
    m.getByText(`${carryOver(open?.points ?? 0, open?.items ?? 0)} over to ${nextDay ?? "the next 1:1"}`),
  ).toBeVisible();
  await expect(m.getByRole("button", { name: "Undo held" })).toBeVisible();

  // The report can now rate it.
  await reload(r);
  await r.getByRole("button", { name: "Yes" }).click();
  await expect(r.getByText("You answered “Yes”")).toBeVisible();

  // The pair's next 1:1 shows the open item, carried over; the checked point stays behind.
  const carriedItem = m.getByRole("list", { name: "Action items" }).getByRole("listitem").filter({ hasText: item });
  await expect(async () => {
    const nextId = await nextOpenMeeting(marcus.id, priya.id);
    expect(nextId).not.toBe(meetingId);
    await m.goto(`/${ORG}/one-on-ones/${nextId}`);
    await interactive(m, 5_000);
    await expect(carriedItem).toContainText("Carried over from", { timeout: 5_000 });
  }).toPass({ timeout: 40_000 });
  // ...labelled with the day the held 1:1 was on for Marcus (not the day in Kolkata).
  await expect(carriedItem).toContainText(`Carried over from ${dayIn(moved?.startsAt ?? new Date(), MARCUS_ZONE)}`);
  await expect(carriedItem).toContainText("Priya Patel");
  await expect(m.getByRole("list", { name: "Talking points" }).getByText(point)).toHaveCount(0);

  await m.context().close();
  await r.context().close();
});

test("a 1:1 of another pair or another org is a 404", async ({ page }) => {
  const [marcus, ben] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "ben.carter@northwind.example"),
  ]);
  // A held meeting of Marcus and Ben: past meetings are never removed by cadence changes.
  const [otherPair] = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2 AND status = 'HELD' LIMIT 1`,
    [marcus.id, ben.id],
  );
  const [globex] = await sql<{ id: string }>(
    `SELECT m.id FROM "Meeting" m JOIN "Organization" o ON o.id = m."organizationId" WHERE o.slug = 'globex' LIMIT 1`,
  );
  await signInWithDemoButton(page, "Priya Patel");
  expect(otherPair, "Marcus and Ben have held 1:1s in the seed").toBeTruthy();
  await page.goto(`/${ORG}/one-on-ones/${otherPair?.id}`);
  await expectNotFoundPage(page);
  if (globex) {
    await page.goto(`/${ORG}/one-on-ones/${globex.id}`);
    await expectNotFoundPage(page);
  }
  await page.goto(`/${ORG}/one-on-ones/not-a-meeting`);
  await expectNotFoundPage(page);
});
