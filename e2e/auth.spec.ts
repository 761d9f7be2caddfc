// Sign-in, sign-out and losing access. Sign-in emails are rate limited (5 per address, 30 per IP
// per 15 minutes) and this run does not disable the limiter: only the magic-link test sends one.
import { expect, test } from "@playwright/test";
import {
  accountMenu,
  expectNotFoundPage,
  person,
  SESSION_COOKIE,
  sessionToken,
  signInAs,
  signInWithDemoButton,
  sql,
  trpcUrl,
} from "./support";

test("signs in through the emailed magic link", async ({ page }) => {
  const email = "priya.patel@northwind.example";
  await page.goto("/signin");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email\?email=/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(`We sent a sign-in link to ${email}`)).toBeVisible();

  await page.getByRole("link", { name: "dev outbox" }).click();
  await expect(page.getByRole("heading", { name: "Dev outbox" })).toBeVisible();
  // Newest first: the first email to this address is the one just sent.
  const newest = page.getByTestId("outbox-email").filter({ has: page.getByTestId("outbox-to").getByText(email) });
  await expect(newest.first()).toContainText("Your sign-in link for Rapport");
  await newest
    .first()
    .getByRole("link", { name: /\/api\/auth\/callback\/email/ })
    .click();

  await expect(page).toHaveURL(/\/northwind\/dashboard$/);
  await expect(accountMenu(page, "Priya Patel")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
});

test("a signed-out visitor is sent to sign in, and comes back after", async ({ page }) => {
  await page.goto("/northwind/people");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fnorthwind/);
  await expect(page.getByRole("heading", { name: "Sign in to Rapport" })).toBeVisible();
  // The callback survives a demo sign-in from this page (an org's home is the dashboard).
  await page.getByRole("button", { name: "Sign in as Marcus Chen" }).click();
  await expect(page).toHaveURL(/\/northwind\/dashboard$/);
  await expect(accountMenu(page, "Marcus Chen")).toBeVisible();
});

test("signing out ends the session on the server", async ({ page, browser, baseURL }) => {
  await signInWithDemoButton(page, "Elena Novak");
  const token = await sessionToken(page.context());
  expect(token).toBeTruthy();
  const sessions = () => sql(`SELECT 1 FROM "Session" WHERE "sessionToken" = $1`, [token]);
  expect(await sessions()).toHaveLength(1);

  await accountMenu(page, "Elena Novak").click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await sessions()).toHaveLength(0);

  await page.goto("/northwind/people");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // The old cookie, replayed from elsewhere, is worthless.
  const replay = await browser.newContext({ baseURL });
  try {
    await replay.addCookies([{ name: SESSION_COOKIE, value: token ?? "", url: baseURL ?? "" }]);
    const replayPage = await replay.newPage();
    await replayPage.goto("/northwind/people");
    await expect(replayPage).toHaveURL(/\/signin\?callbackUrl=/);
  } finally {
    await replay.close();
  }
});

test("a deactivated member loses access on their next request", async ({ page, browser, baseURL }) => {
  // Tariq is in no other spec, and on the second page of the directory (the pagination test keeps
  // to the first page's contents). He is reactivated at the end, also when the test fails.
  const email = "tariq.hassan@northwind.example";
  const tariq = await person("northwind", email);
  const admin = await browser.newContext({ baseURL });
  const adminPage = await admin.newPage();
  try {
    await signInAs(page, email);
    await page.goto("/northwind/people");
    await expect(accountMenu(page, "Tariq Hassan")).toBeVisible();

    await signInWithDemoButton(adminPage, "Hannah Reyes");
    await adminPage.goto(`/northwind/people/${tariq.id}`);
    await expect(adminPage.getByRole("heading", { name: "Tariq Hassan", level: 1 })).toBeVisible();
    adminPage.once("dialog", (d) => void d.accept());
    await adminPage.getByRole("button", { name: "Deactivate" }).click();
    await expect(adminPage.getByText("Status updated")).toBeVisible();
    await expect(adminPage.getByText("Deactivated", { exact: true })).toBeVisible();
    expect((await person("northwind", email)).status).toBe("DEACTIVATED");

    // His session is still valid, but the org is gone for him: a plain 404 with no org data.
    const res = await page.goto("/northwind/people");
    expect(res?.status()).toBe(404);
    await expectNotFoundPage(page);
    await expect(accountMenu(page, "Tariq Hassan")).toHaveCount(0);
    const body = (await res?.text()) ?? "";
    for (const leak of ["Northwind Labs", "Hannah Reyes", "hannah.reyes@northwind.example"]) {
      expect(body, `the not-found page leaks "${leak}"`).not.toContain(leak);
    }
    // The API refuses too, not only the pages.
    const api = await page.request.get(trpcUrl("people.list", { org: "northwind" }));
    expect(api.status()).toBe(404);
    expect(await api.text()).not.toContain("Hannah Reyes");

    await adminPage.reload();
    await adminPage.getByRole("button", { name: "Reactivate" }).click();
    await expect(adminPage.getByText("Status updated")).toBeVisible();
    await expect(adminPage.getByRole("button", { name: "Deactivate" })).toBeVisible();
    expect((await person("northwind", email)).status).toBe("ACTIVE");
    await page.goto("/northwind/people");
    await expect(accountMenu(page, "Tariq Hassan")).toBeVisible();
  } finally {
    if ((await person("northwind", email)).status !== "ACTIVE") {
      await adminPage.goto(`/northwind/people/${tariq.id}`);
      await adminPage.getByRole("button", { name: "Reactivate" }).click();
      await expect(adminPage.getByRole("button", { name: "Deactivate" })).toBeVisible();
    }
    await admin.close();
  }
});
