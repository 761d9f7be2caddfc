// axe on every page, light and dark: zero serious or critical violations; and every page fits a
// 390 px phone without sideways scrolling (e2e/phone.spec.ts checks the busiest pages in detail).
// Every page route of the app is listed in PAGES, as each role sees it (a manager, a report, an HR
// admin, signed out), plus the states a user reaches with one click (dialogs and menus); a test
// below fails when a page route is added without a line here. Dark mode is the system preference
// (the theme defaults to "system"). Read-only.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { person, signInAs, sql } from "./support";

const ORG = "northwind";
const THEMES = ["light", "dark"] as const;
const PHONE = { width: 390, height: 844 };

type Who = "signed out" | "marcus.chen" | "priya.patel" | "hannah.reyes" | "sam.rivera";
type Check = {
  /** The app route (its folder under app/, route groups dropped), so the coverage test can match it. */
  route: string;
  who: Who;
  path: () => Promise<string>;
  /** Waits for the page to be ready, then optionally opens something (a dialog, a menu). */
  ready?: (page: Page) => Promise<void>;
  label?: string;
  /** A state opened at desktop width (a menu, a dialog): its page is measured at phone width on its own line. */
  opened?: true;
};

const id = (email: string) => person(ORG, `${email}@northwind.example`).then((p) => p.id);
async function nextMeeting(manager: string, report: string) {
  const [m, r] = await Promise.all([id(manager), id(report)]);
  const [row] = await sql<{ id: string }>(
    `SELECT id FROM "Meeting" WHERE "managerId" = $1 AND "reportId" = $2 AND status IN ('SCHEDULED', 'RESCHEDULED')
        AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
    [m, r],
  );
  if (!row) throw new Error(`no upcoming meeting of ${manager} and ${report}`);
  return `/${ORG}/one-on-ones/${row.id}`;
}
const fixed = (p: string) => async () => p;
async function starterFramework() {
  const [row] = await sql<{ id: string }>(
    `SELECT f.id FROM "Framework" f JOIN "Organization" o ON o.id = f."organizationId"
      WHERE o.slug = $1 AND f.template = 'starter' ORDER BY f."createdAt" LIMIT 1`,
    [ORG],
  );
  if (!row) throw new Error("Northwind has no starter framework (is the seed loaded?)");
  return `/${ORG}/competencies/${row.id}`;
}
const hydrated = async (page: Page) => {
  await expect(page.locator("[data-hydrated]")).toBeAttached();
};
const heading = (name: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
};

const PAGES: Check[] = [
  { route: "/", who: "signed out", path: fixed("/"), ready: heading(/Build strong working relationships/) },
  { route: "/", who: "marcus.chen", path: fixed("/"), label: "signed in" },
  { route: "/signin", who: "signed out", path: fixed("/signin"), ready: heading("Sign in to Rapport") },
  { route: "/signin/check-email", who: "signed out", path: fixed("/signin/check-email") },
  { route: "/dev/outbox", who: "signed out", path: fixed("/dev/outbox"), ready: heading("Dev outbox") },
  // Signed out, an unknown path asks to sign in first (it could be an org's): the site-wide 404 is
  // what a signed-in visitor gets outside their orgs.
  {
    route: "/not-found",
    who: "priya.patel",
    path: fixed("/no-such-org"),
    ready: heading("We couldn’t find that page"),
  },
  { route: "/invite/[token]", who: "priya.patel", path: fixed("/invite/not-a-real-token") },
  { route: "/orgs", who: "sam.rivera", path: fixed("/orgs"), ready: heading("Your organizations") },
  {
    route: "/[org]/one-on-ones",
    who: "marcus.chen",
    path: fixed(`/${ORG}/one-on-ones`),
    ready: heading("1:1s"),
  },
  {
    route: "/[org]/one-on-ones",
    who: "marcus.chen",
    path: fixed(`/${ORG}/one-on-ones`),
    label: "a report's menu",
    opened: true,
    ready: async (page) => {
      await page.getByRole("button", { name: "Manage 1:1s with Priya Patel" }).click();
      await expect(page.getByRole("menu")).toBeVisible();
    },
  },
  {
    route: "/[org]/one-on-ones",
    who: "hannah.reyes",
    path: fixed(`/${ORG}/one-on-ones`),
    ready: async (page) => {
      await expect(page.getByRole("region", { name: "1:1 adherence" }).getByRole("list").first()).toBeVisible();
    },
  },
  {
    route: "/[org]/one-on-ones/[meetingId]",
    who: "marcus.chen",
    path: () => nextMeeting("marcus.chen", "priya.patel"),
    ready: hydrated,
  },
  {
    route: "/[org]/one-on-ones/[meetingId]",
    who: "marcus.chen",
    path: () => nextMeeting("marcus.chen", "priya.patel"),
    label: "reschedule dialog",
    opened: true,
    ready: async (page) => {
      await hydrated(page);
      await page.getByRole("button", { name: "Reschedule", exact: true }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    route: "/[org]/one-on-ones/[meetingId]",
    who: "priya.patel",
    path: () => nextMeeting("marcus.chen", "priya.patel"),
    ready: hydrated,
  },
  { route: "/[org]/people", who: "marcus.chen", path: fixed(`/${ORG}/people`), ready: heading("People") },
  {
    route: "/[org]/people",
    who: "hannah.reyes",
    path: fixed(`/${ORG}/people`),
    label: "invite dialog",
    opened: true,
    ready: async (page) => {
      await page
        .getByRole("button", { name: /Invite/ })
        .first()
        .click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    route: "/[org]/people/[personId]",
    who: "marcus.chen",
    path: async () => `/${ORG}/people/${await id("priya.patel")}`,
    ready: heading("Priya Patel"),
  },
  {
    route: "/[org]/people/[personId]",
    who: "hannah.reyes",
    path: async () => `/${ORG}/people/${await id("priya.patel")}`,
    label: "admin controls",
    ready: heading("Priya Patel"),
  },
  {
    route: "/[org]/people/[personId]",
    who: "priya.patel",
    path: async () => `/${ORG}/people/${await id("priya.patel")}`,
    label: "own profile",
    ready: heading("Priya Patel"),
  },
  {
    route: "/[org]/competencies",
    who: "marcus.chen",
    path: fixed(`/${ORG}/competencies`),
    ready: heading("Competencies"),
  },
  {
    route: "/[org]/competencies/[frameworkId]",
    who: "hannah.reyes",
    path: starterFramework,
    ready: heading("Relationship building"),
  },
  {
    route: "/[org]/competencies/[frameworkId]",
    who: "hannah.reyes",
    path: starterFramework,
    label: "competency dialog",
    opened: true,
    ready: async (page) => {
      await page.getByRole("button", { name: "Edit Trust" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
    },
  },
  {
    route: "/[org]/people/[personId]/competencies",
    who: "marcus.chen",
    path: () => id("priya.patel").then((p) => `/${ORG}/people/${p}/competencies`),
    ready: async (page) => {
      await expect(page.getByRole("figure").first().locator("svg").first()).toBeVisible();
    },
  },
  {
    route: "/[org]/people/[personId]/competencies",
    who: "marcus.chen",
    path: () => id("priya.patel").then((p) => `/${ORG}/people/${p}/competencies`),
    label: "every chart as a table",
    ready: async (page) => {
      await expect(page.getByRole("figure").first().locator("svg").first()).toBeVisible();
      const toggles = page.getByRole("button", { name: /^Show as table/ });
      for (const toggle of await toggles.all()) await toggle.click();
      await expect(toggles.first()).toHaveAttribute("aria-pressed", "true");
    },
  },
  {
    route: "/[org]/people/[personId]/competencies",
    who: "hannah.reyes",
    path: () => id("priya.patel").then((p) => `/${ORG}/people/${p}/competencies`),
    label: "levels without evidence",
    ready: heading("Priya Patel's competencies"),
  },
  {
    route: "/[org]/competencies/team",
    who: "marcus.chen",
    path: fixed(`/${ORG}/competencies/team`),
    ready: heading("Team competencies"),
  },
  {
    route: "/[org]/competencies/team",
    who: "hannah.reyes",
    path: fixed(`/${ORG}/competencies/team`),
    ready: heading("Team competencies"),
  },
  {
    route: "/[org]/competencies/team",
    who: "priya.patel",
    path: fixed(`/${ORG}/competencies/team`),
    label: "no one reports to them",
    ready: async (page) => {
      await expect(page.getByRole("heading", { name: "For managers and HR admins" })).toBeVisible();
    },
  },
  {
    route: "/[org]/recognition",
    who: "sam.rivera",
    path: fixed(`/${ORG}/recognition`),
    ready: heading("Recognition"),
  },
  {
    route: "/[org]/recognition",
    who: "marcus.chen",
    path: fixed(`/${ORG}/recognition?tab=insights`),
    label: "insights",
    ready: async (page) => {
      await expect(page.getByRole("list", { name: "One-way pairs" })).toBeVisible();
    },
  },
  {
    route: "/[org]/recognition",
    who: "priya.patel",
    path: fixed(`/${ORG}/recognition?tab=received`),
    label: "received",
    ready: async (page) => {
      await expect(page.getByRole("list", { name: "Recognition received by you" })).toBeVisible();
    },
  },
  {
    route: "/[org]/recognition",
    who: "sam.rivera",
    path: fixed(`/${ORG}/recognition`),
    label: "composer with a search open",
    opened: true,
    ready: async (page) => {
      await expect(page.locator("[data-composer-ready]")).toBeAttached();
      await page.locator("body").press("k");
      await page.getByRole("combobox", { name: "To" }).fill("a");
      await expect(page.getByRole("listbox", { name: "Matching people" })).toBeVisible();
    },
  },
  {
    route: "/[org]/recognition",
    who: "sam.rivera",
    path: fixed(`/${ORG}/recognition?tab=given`),
    label: "person filter with a search open",
    opened: true,
    ready: async (page) => {
      await expect(page.locator("[data-composer-ready]")).toBeAttached();
      await page.getByRole("combobox", { name: "Filter by person" }).fill("a");
      await expect(page.getByRole("listbox", { name: "People to filter by" })).toBeVisible();
    },
  },
  {
    route: "/[org]/calendar",
    who: "marcus.chen",
    path: fixed(`/${ORG}/calendar`),
    ready: async (page) => {
      await expect(page.getByRole("heading", { name: "Calendar", level: 1 })).toBeVisible();
      await page.getByRole("gridcell", { name: /, today:/ }).click();
      await expect(page.getByRole("region", { name: "Selected day" }).getByRole("heading")).toBeVisible();
    },
    label: "a day picked",
  },
  {
    route: "/[org]/calendar",
    who: "priya.patel",
    path: fixed(`/${ORG}/calendar?view=agenda`),
    label: "agenda",
    ready: async (page) => {
      await expect(page.getByRole("list", { name: /^Agenda for / })).toBeVisible();
    },
  },
  {
    route: "/[org]/calendar",
    who: "marcus.chen",
    path: fixed(`/${ORG}/calendar?view=month`),
    label: "add milestone dialog",
    opened: true,
    ready: async (page) => {
      await page.getByRole("button", { name: "Add milestone" }).click();
      await expect(page.getByRole("dialog", { name: "Add a milestone" })).toBeVisible();
    },
  },
  {
    route: "/[org]/calendar",
    who: "priya.patel",
    path: fixed(`/${ORG}/calendar?view=month`),
    label: "subscribe dialog",
    opened: true,
    ready: async (page) => {
      await page.getByRole("button", { name: "Subscribe" }).click();
      await expect(page.getByRole("dialog", { name: "Subscribe from your calendar app" })).toContainText(
        /no link yet|You have a link/,
      );
    },
  },
  {
    route: "/[org]/people/chart",
    who: "marcus.chen",
    path: fixed(`/${ORG}/people/chart`),
    ready: heading("Org chart"),
  },
  {
    route: "/[org]/[...section]",
    who: "marcus.chen",
    path: fixed(`/${ORG}/settings`),
    ready: heading("Settings"),
  },
  {
    route: "/[org]/dashboard",
    who: "marcus.chen",
    path: fixed(`/${ORG}/dashboard`),
    // The lines and a drawn chart (lazily loaded) are part of what axe checks.
    ready: async (page) => {
      await expect(page.getByRole("list", { name: "Your direct reports" })).toBeVisible();
      await expect(page.getByRole("figure", { name: "Span of control" }).locator("svg").first()).toBeVisible();
    },
  },
  {
    route: "/[org]/dashboard",
    who: "hannah.reyes",
    label: "HR, the organization",
    path: fixed(`/${ORG}/dashboard`),
    ready: async (page) => {
      await expect(page.getByRole("heading", { name: "By team" })).toBeVisible();
    },
  },
  {
    route: "/[org]/not-found",
    who: "marcus.chen",
    path: fixed(`/${ORG}/no-such-section`),
    ready: heading("We couldn’t find that page"),
  },
  {
    route: "/[org]",
    who: "marcus.chen",
    path: fixed(`/${ORG}`),
    label: "account menu",
    opened: true,
    ready: async (page) => {
      await page.getByRole("button", { name: "Account menu for Marcus Chen" }).first().click();
      await expect(page.getByRole("menu")).toBeVisible();
    },
  },
];

const SERIOUS = new Set(["serious", "critical"]);

async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    // label-content-name-mismatch is experimental in axe 4: on, since speech input depends on it.
    // resultTypes: only violations get their full node details (much less work per page).
    .options({ rules: { "label-content-name-mismatch": { enabled: true } }, resultTypes: ["violations"] })
    .analyze();
  const serious = results.violations
    .filter((v) => SERIOUS.has(v.impact ?? ""))
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n")[1]?.trim()}`),
    }));
  expect(serious, `${where}: serious or critical axe violations`).toEqual([]);
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
/** One sign-in per person per worker: the session cookie is reused by every page checked as them. */
const sessions = new Map<Who, StorageState>();
async function sessionOf(browser: Browser, who: Who): Promise<StorageState | undefined> {
  if (who === "signed out") return undefined;
  const known = sessions.get(who);
  if (known) return known;
  const context = await browser.newContext();
  // A static file as the landing: the session is all this needs.
  await signInAs(await context.newPage(), `${who}@northwind.example`, "/robots.txt");
  const state = await context.storageState();
  await context.close();
  sessions.set(who, state);
  return state;
}

for (const check of PAGES) {
  const title = `${check.route} as ${check.who}${check.label ? ` (${check.label})` : ""}`;
  test(`axe: ${title}, light and dark; fits a phone`, async ({ browser }) => {
    const storageState = await sessionOf(browser, check.who);
    const context = await browser.newContext({ colorScheme: "light", storageState });
    const page = await context.newPage();
    const res = await page.goto(await check.path());
    expect(res?.ok() || res?.status() === 404, `${title}: HTTP ${res?.status()}`).toBe(true);
    await check.ready?.(page);
    for (const colorScheme of THEMES) {
      // The same page in the other system theme: next-themes follows the media query live.
      await page.emulateMedia({ colorScheme });
      await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
      await expectNoSeriousViolations(page, `${title}, ${colorScheme}`);
    }
    if (!check.opened) {
      // And at phone width the page is no wider than the screen (nothing scrolls sideways).
      await page.setViewportSize(PHONE);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${title}: document width at ${PHONE.width} px`).toBeLessThanOrEqual(PHONE.width);
    }
    await context.close();
  });
}

/** Every page route under app/ ("/[org]/people", "/not-found" for a not-found.tsx). */
function appRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("_") || name === "api") continue;
      const segment = name.startsWith("(") && name.endsWith(")") ? "" : `/${name}`;
      out.push(...appRoutes(full, prefix + segment));
    } else if (name === "page.tsx") out.push(prefix || "/");
    else if (name === "not-found.tsx") out.push(`${prefix}/not-found`);
  }
  return out;
}

test("every page route is in the axe list", () => {
  const covered = new Set(PAGES.map((p) => p.route));
  const missing = appRoutes().filter((r) => !covered.has(r));
  expect(missing, "page routes without an axe check in e2e/a11y.spec.ts").toEqual([]);
});
