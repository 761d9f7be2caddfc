// Shared e2e helpers: demo sign-in, the run's database (read-mostly), tRPC over HTTP.
// Specs run against one seeded database per run, two workers at once with a real Postgres server:
// a spec that changes data picks people no other spec depends on.
import { type APIRequestContext, type BrowserContext, expect, type Page } from "@playwright/test";
import pg from "pg";

/** Cookie names of next-auth 4 without secure cookies (the run serves plain http on loopback). */
export const SESSION_COOKIE = "next-auth.session-token";

/** Runs one statement on the run's own database (E2E_DATABASE_URL, set by playwright.config.ts). */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const connectionString = process.env.E2E_DATABASE_URL;
  if (!connectionString) throw new Error("E2E_DATABASE_URL is not set (playwright.config.ts sets it)");
  // One short-lived connection per call: the embedded database serializes clients, so none is held open.
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export type Person = { id: string; name: string; managerId: string | null; status: string };

/** A person (membership) of an org by email, straight from the database. */
export async function person(org: string, email: string): Promise<Person> {
  const rows = await sql<Person>(
    `SELECT m.id, m.name, m."managerId", m.status::text AS status
       FROM "Membership" m
       JOIN "Organization" o ON o.id = m."organizationId"
       JOIN "User" u ON u.id = m."userId"
      WHERE o.slug = $1 AND u.email = $2`,
    [org, email],
  );
  const row = rows[0];
  if (!row) throw new Error(`no member ${email} in ${org}`);
  return row;
}

/**
 * Signs in with a one-click demo account button on /signin, asking to come back to `callbackUrl`
 * (so that tests do not depend on where the org's home sends each role).
 */
export async function signInWithDemoButton(page: Page, name: string, callbackUrl = "/northwind/people") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByRole("button", { name: `Sign in as ${name}` }).click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === callbackUrl);
  await expect(accountMenu(page, name)).toBeVisible();
}

/**
 * Signs in as any seeded user through the endpoint the demo buttons post to (the /signin page lists
 * only a few accounts). The browser context keeps the session cookie.
 */
export async function signInAs(page: Page, email: string, callbackUrl = "/orgs") {
  const res = await page.request.post("/api/demo-sign-in", { form: { email, callbackUrl } });
  expect(res.ok(), `demo sign-in for ${email}: HTTP ${res.status()}`).toBe(true);
  expect((await sessionToken(page.context())) ?? "", `session cookie for ${email}`).not.toBe("");
}

/** The account menu button of the shell (the desktop sidebar's; the phone one is hidden at this width). */
export const accountMenu = (page: Page, name: string) => page.getByRole("button", { name: `Account menu for ${name}` });

export async function sessionToken(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value;
}

/** The root not-found page (app/not-found.tsx). */
export async function expectNotFoundPage(page: Page) {
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
}

/** tRPC's HTTP wire format (superjson transformer, no batching). */
export const trpcUrl = (path: string, input: unknown) =>
  `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

export type TrpcError = { error?: { json?: { message?: string; data?: { code?: string; httpStatus?: number } } } };

export async function trpcMutation(
  request: APIRequestContext,
  path: string,
  input: unknown,
  headers: Record<string, string> = {},
) {
  return request.post(`/api/trpc/${path}`, {
    data: { json: input },
    headers: { "content-type": "application/json", ...headers },
  });
}

/**
 * Gives recognition through the composer, opened with its "k" shortcut from the current page: the
 * recipients picked by typing their names, an optional competency tag, public unless asked.
 */
export async function giveRecognition(
  page: Page,
  r: { to: string[]; message: string; competency?: string; private?: boolean },
) {
  await expect(page.locator("[data-composer-ready]")).toBeAttached(); // its shortcut listens once hydrated
  await page.locator("body").press("k");
  const dialog = page.getByRole("dialog", { name: "Give recognition" });
  await expect(dialog).toBeVisible();
  const to = dialog.getByRole("combobox", { name: "To" });
  for (const name of r.to) {
    await to.fill(name);
    await dialog.getByRole("option", { name: new RegExp(`^${name}`) }).click();
    await expect(dialog.getByRole("button", { name: `Remove ${name}` })).toBeVisible();
  }
  await dialog.getByLabel("Message").fill(r.message);
  if (r.competency) await dialog.getByLabel("Competency (optional)").selectOption({ label: r.competency });
  if (r.private) await dialog.getByRole("radio", { name: /^Private/ }).check();
  await dialog.getByRole("button", { name: "Send recognition" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Recognition sent to ${r.to.join(", ")}`)).toBeVisible();
}
