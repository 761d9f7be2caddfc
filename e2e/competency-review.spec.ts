// The competency review inside a 1:1. Marcus Chen opens his next 1:1 with Arjun Mehta (a pair no
// other spec writes to), reviews two competencies with a rating, an observed behaviour and evidence
// (autosaved drafts), sees a colleague's Trust-tagged kudos (given in the composer, shown in the feed
// and on both recipients' pages) as evidence, and shares; Arjun sees
// them in his own browser and adds a self-assessment, which Marcus sees once shared; Arjun's trend
// chart then has the new point. Evidence is unique per run; a retry finds the picks already made.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { giveRecognition, person, signInAs, signInWithDemoButton, sql } from "./support";

const ORG = "northwind";

async function nextWithArjun(): Promise<string> {
  const [marcus, arjun] = await Promise.all([
    person(ORG, "marcus.chen@northwind.example"),
    person(ORG, "arjun.mehta@northwind.example"),
  ]);
  const [row] = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2
        AND status IN ('SCHEDULED', 'RESCHEDULED') AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
    [marcus.id, arjun.id],
  );
  if (!row) throw new Error("Marcus and Arjun have no upcoming 1:1 in the seed");
  return `/${ORG}/one-on-ones/${row.id}`;
}

/** Marcus through his demo button; Arjun (no button on /signin) through the demo sign-in endpoint. */
async function open(browser: Browser, who: { button: string } | { email: string }, path: string) {
  const page = await (await browser.newContext()).newPage();
  if ("button" in who) await signInWithDemoButton(page, who.button, path);
  else {
    await signInAs(page, who.email);
    await page.goto(path);
  }
  await expect(page.locator("[data-hydrated]")).toBeAttached();
  return page;
}

const panel = (page: Page) => page.getByRole("region", { name: "Competencies" });
const competency = (page: Page, name: string) => panel(page).getByRole("article", { name });

async function review(page: Page, name: string, level: string, behaviour: string, evidence: string) {
  if (!(await competency(page, name).isVisible())) {
    const select = panel(page).getByLabel("Review a competency");
    const value = await select.locator("option", { hasText: new RegExp(`^${name} — `) }).getAttribute("value");
    await select.selectOption(value ?? "");
    await panel(page).getByRole("button", { name: "Add", exact: true }).click();
  }
  const card = competency(page, name);
  await card.getByRole("radio", { name: level }).check();
  await card.getByRole("checkbox", { name: behaviour }).check();
  await card.getByLabel("Evidence").fill(evidence);
  await card.getByLabel("Evidence").blur();
  await expect(card.getByText(/^Saved /)).toBeVisible();
}

test("a manager reviews two competencies and shares; the report sees them and self-assesses", async ({ browser }) => {
  test.setTimeout(240_000);
  const run = Date.now().toString(36);
  const path = await nextWithArjun();
  const m = await open(browser, { button: "Marcus Chen" }, path);
  await expect(panel(m)).toContainText("Review 1–3 competencies of Relationship building");

  const listening = `Wrote the incident follow-ups with owners ${run}`;
  const trust = `Credited Chloe for the fix in the channel ${run}`;
  await review(m, "Active listening", "Consistent", "Summarises next steps", listening);
  await review(m, "Trust", "Developing", "Shares credit", trust);

  // Chloe thanks Arjun and Kenji in the composer, tagged Trust: it shows in the feed, on both person
  // pages, and as evidence in Arjun's Trust card, newer than his last shared rating.
  const chloe = await (await browser.newContext()).newPage();
  await signInAs(chloe, "chloe.martin@northwind.example");
  await chloe.goto(`/${ORG}/recognition`);
  const kudos = `Kept the outage details confidential until the postmortem ${run}`;
  await giveRecognition(chloe, { to: ["Arjun Mehta", "Kenji Watanabe"], message: kudos, competency: "Trust" });
  const feed = chloe.getByRole("list", { name: "Public recognition" });
  const item = feed.getByRole("article", { name: "Chloe Martin to Arjun Mehta and Kenji Watanabe" }).filter({
    hasText: kudos,
  });
  await expect(item).toBeVisible();
  await expect(item).toContainText("Trust");
  for (const email of ["arjun.mehta@northwind.example", "kenji.watanabe@northwind.example"]) {
    const p = await person(ORG, email);
    await chloe.goto(`/${ORG}/people/${p.id}`);
    await expect(chloe.getByRole("list", { name: `Recognition received by ${p.name}` })).toContainText(kudos);
  }
  await m.reload();
  await expect(competency(m, "Trust").getByRole("list", { name: "Recognition tagged Trust" })).toContainText(
    `Chloe Martin`,
  );
  await expect(competency(m, "Trust")).toContainText(kudos);
  // A next step becomes an action item of the pair, for Arjun.
  // (One per review: a retry on the same database finds this run's predecessor's step in place.)
  const nextStep = competency(m, "Active listening").getByRole("textbox", { name: "Next step" });
  const step = (await nextStep.isVisible()) ? `Send the follow-ups template to the team ${run}` : null;
  if (step) {
    await nextStep.fill(step);
    await competency(m, "Active listening").getByRole("button", { name: "Add next step" }).click();
    await expect(m.getByRole("region", { name: "Action items" })).toContainText(step);
  }
  await expect(competency(m, "Active listening")).toContainText("Next step added to the action items.");
  // A draft is Marcus's alone so far.
  await expect(competency(m, "Trust").getByText("Draft", { exact: true })).toBeVisible();
  await panel(m).getByRole("button", { name: "Share with Arjun Mehta" }).click();
  await expect(m.getByText("Shared with Arjun Mehta")).toBeVisible();
  await expect(competency(m, "Trust").getByText("Shared", { exact: true }).first()).toBeVisible();

  const r = await open(browser, { email: "arjun.mehta@northwind.example" }, path);
  const arjunsListening = competency(r, "Active listening");
  await expect(arjunsListening).toContainText("Marcus Chen’s rating: Consistent");
  await expect(arjunsListening).toContainText(listening);
  await expect(competency(r, "Trust")).toContainText(trust);
  if (step) await expect(r.getByRole("region", { name: "Action items" })).toContainText(step);
  const self = `I summarise decisions at the end of every call ${run}`;
  await arjunsListening.getByRole("radio", { name: "Developing" }).check();
  await arjunsListening.getByLabel("In my words").fill(self);
  await arjunsListening.getByLabel("In my words").blur();
  await expect(arjunsListening.getByText(/^Saved /)).toBeVisible();
  await panel(r).getByRole("button", { name: "Share with Marcus Chen" }).click();
  await expect(r.getByText("Shared with Marcus Chen")).toBeVisible();

  await m.reload();
  await expect(competency(m, "Active listening")).toContainText("Arjun Mehta’s self-assessment: Developing");
  await expect(competency(m, "Active listening")).toContainText(self);

  // Arjun's trend: the Trust rating Marcus just shared is the line chart's newest point (the seed
  // has four before it), and "Show as table" lists the same points, the last one today's.
  const arjun = await person(ORG, "arjun.mehta@northwind.example");
  const [{ timeZone } = { timeZone: "UTC" }] = await sql<{ timeZone: string }>(
    `SELECT "timeZone" FROM "Membership" WHERE id = $1`,
    [arjun.id],
  );
  await r.goto(`/${ORG}/people/${arjun.id}/competencies`);
  await expect(r.getByRole("heading", { level: 1, name: "Your competencies" })).toBeVisible();
  const chart = r.getByRole("figure", { name: "Trust", exact: true });
  const dots = chart.locator("svg .recharts-line-dots circle");
  await expect(dots.first()).toBeVisible();
  const points = await dots.count();
  expect(points).toBeGreaterThanOrEqual(5);
  await chart.getByRole("button", { name: "Show as table: Trust" }).click();
  await expect(chart.locator("svg")).toHaveCount(0);
  const rows = chart.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(points + 1); // and the header
  const today = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone });
  await expect(rows.last()).toHaveText(`${today.format(new Date())}Developing (2 of 4)`);
  // The latest-levels table agrees.
  await expect(r.getByRole("row", { name: /^Trust Developing/ })).toContainText(today.format(new Date()));
});
