// Live 1:1s in two browsers: what one participant adds shows on the other's open page without a
// reload, pushed over the live stream (the fallback poll is 2 minutes while the stream is up, so
// anything that arrives sooner came through it); each sees that the other is there; and nobody
// outside the pair can open the stream.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { person, signInAs, sql } from "./support";

const ORG = "northwind";

async function nextOpenMeeting(managerId: string, reportId: string): Promise<string> {
  const rows = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2
       AND status IN ('SCHEDULED', 'RESCHEDULED') AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
    [managerId, reportId],
  );
  if (!rows[0]) throw new Error("the demo pair has no upcoming 1:1");
  return rows[0].id;
}

async function open(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, path);
  await page.goto(path);
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  return page;
}

test("a point added by one participant appears on the other's page, pushed; presence shows", async ({ browser }) => {
  test.setTimeout(180_000); // two browsers
  const [marcus, zoe] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "zoe.adams@northwind.example"),
  ]);
  const path = `/${ORG}/one-on-ones/${await nextOpenMeeting(marcus.id, zoe.id)}`;
  const m = await open(browser, "marcus.chen@northwind.example", path);
  const z = await open(browser, "zoe.adams@northwind.example", path);
  await expect(m.getByTestId("presence")).toHaveText("Zoe Adams is here");
  await expect(z.getByTestId("presence")).toHaveText("Marcus Chen is here");

  const point = `Pushed live ${Date.now().toString(36)}`;
  await z.getByRole("textbox", { name: "New talking point" }).fill(point);
  const added = z.waitForResponse((r) => r.url().includes("/api/trpc/oneOnOnes.addPoint"));
  await z.keyboard.press("Enter");
  expect((await added).ok()).toBe(true);
  const sent = Date.now();
  // Well under the 2-minute fallback poll (and the 20 s one of a page without the stream): only the
  // push can deliver it this soon. The budget is generous so a busy machine cannot fail the test.
  await expect(m.getByRole("list", { name: "Talking points" })).toContainText(point, { timeout: 15_000 });
  test.info().annotations.push({ type: "push latency", description: `${Date.now() - sent} ms` });

  await z.context().close();
  await expect(m.getByTestId("presence")).toHaveText("", { timeout: 30_000 });
});

test("nobody outside the pair can open its live stream", async ({ browser }) => {
  const [marcus, zoe] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "zoe.adams@northwind.example"),
  ]);
  const meetingId = await nextOpenMeeting(marcus.id, zoe.id);
  const url = `/api/live/${ORG}/${meetingId}`;
  // Elena manages Marcus (she may read the page), Priya is Zoe's peer, Greta is in another org.
  for (const name of ["elena.novak@northwind.example", "priya.patel@northwind.example", "greta.berg@globex.example"]) {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, name);
    const res = await page.request.get(url);
    expect(res.status(), name).toBe(404);
    expect(await res.text(), name).not.toContain("event:");
    await page.context().close();
  }
  // Signed out: 404 as well.
  expect((await (await browser.newContext()).request.get(url)).status()).toBe(404);
});
