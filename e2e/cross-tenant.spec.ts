// Attacker vs victim across tenants (after formbricks' cross-tenant-survey-access.spec.ts): members
// of Northwind probe Globex by slug and by id, through the pages and straight through the tRPC HTTP
// API. Every answer is a plain not-found that carries none of the victim's data, and nothing changes.
import { type APIResponse, expect, test } from "@playwright/test";
import {
  expectNotFoundPage,
  person,
  signInWithDemoButton,
  sql,
  type TrpcError,
  trpcMutation,
  trpcUrl,
} from "./support";

/** Globex facts a Northwind member must never see. */
const VICTIM_DATA = [
  "Greta Berg",
  "greta.berg@globex.example",
  "Lukas Weber",
  "Anna Schmidt",
  "anna.schmidt@globex.example",
  "Jonas Fischer",
  "Managing Director",
  "HR Manager",
  "Operations Lead",
];

function expectNoVictimData(text: string, where: string) {
  for (const secret of VICTIM_DATA) expect(text, `${where} leaks "${secret}"`).not.toContain(secret);
}

const globex = {
  greta: () => person("globex", "greta.berg@globex.example"),
  anna: () => person("globex", "anna.schmidt@globex.example"),
  lukas: () => person("globex", "lukas.weber@globex.example"),
  // Sam's user is in both orgs: his Globex membership id must not open under Northwind either.
  sam: () => person("globex", "sam.rivera@northwind.example"),
};

/** A Globex person's row and manager history, to prove a refused write changed nothing. */
async function snapshot(personId: string) {
  const [row] = await sql(`SELECT "managerId", role::text, status::text, "updatedAt" FROM "Membership" WHERE id = $1`, [
    personId,
  ]);
  const history = await sql(`SELECT id, "managerId", "endedAt" FROM "ManagerHistory" WHERE "reportId" = $1`, [
    personId,
  ]);
  return { row, history };
}

async function expectTrpcNotFound(res: APIResponse, what: string) {
  const body = await res.text();
  expect(res.status(), `${what}: HTTP status`).toBe(404);
  expect((JSON.parse(body) as TrpcError).error?.json?.data?.code, `${what}: error code`).toBe("NOT_FOUND");
  expectNoVictimData(body, what);
}

test.describe("a Northwind employee probing Globex", () => {
  test.beforeEach(async ({ page }) => {
    await signInWithDemoButton(page, "Priya Patel");
  });

  test("every Globex page, and every id in the wrong org, is not found", async ({ page }) => {
    const [greta, anna, sam] = await Promise.all([globex.greta(), globex.anna(), globex.sam()]);
    const marcus = await person("northwind", "marcus.chen@northwind.example");
    const paths = [
      "/globex",
      "/globex/people",
      "/globex/people/chart",
      "/globex/people?q=greta",
      `/globex/people/${greta.id}`,
      // Ids of the attacker's own org under the victim's slug...
      `/globex/people/${marcus.id}`,
      // ...and the victim's ids under the attacker's own slug.
      `/northwind/people/${greta.id}`,
      `/northwind/people/${anna.id}`,
      `/northwind/people/${sam.id}`,
    ];
    for (const path of paths) {
      const res = await page.goto(path);
      expect(res?.status(), `${path}: HTTP status`).toBe(404);
      await expectNotFoundPage(page);
      expectNoVictimData((await res?.text()) ?? "", `${path} (response)`);
      expectNoVictimData(await page.content(), `${path} (page)`);
    }
    // Control: the same page for a colleague in her own org opens.
    await page.goto(`/northwind/people/${marcus.id}`);
    await expect(page.getByRole("heading", { name: "Marcus Chen", level: 1 })).toBeVisible();
  });

  test("the tRPC API answers NOT_FOUND for Globex reads", async ({ page }) => {
    const [greta, sam] = await Promise.all([globex.greta(), globex.sam()]);
    const marcus = await person("northwind", "marcus.chen@northwind.example");
    const get = (path: string, input: unknown) => page.request.get(trpcUrl(path, input));

    // Control: the same call for her own org works, so the refusals below are not a missing cookie.
    const own = await get("people.get", { org: "northwind", personId: marcus.id });
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("Marcus Chen");

    await expectTrpcNotFound(await get("people.get", { org: "globex", personId: greta.id }), "people.get globex");
    await expectTrpcNotFound(await get("people.list", { org: "globex" }), "people.list globex");
    await expectTrpcNotFound(await get("people.orgChart", { org: "globex" }), "people.orgChart globex");
    await expectTrpcNotFound(await get("invitations.list", { org: "globex" }), "invitations.list globex");
    await expectTrpcNotFound(
      await get("people.get", { org: "northwind", personId: greta.id }),
      "people.get of a Globex id under northwind",
    );
    await expectTrpcNotFound(
      await get("people.get", { org: "northwind", personId: sam.id }),
      "people.get of Sam's Globex membership under northwind",
    );
  });

  test("the tRPC API refuses to change a Globex person", async ({ page }) => {
    const [anna, greta] = await Promise.all([globex.anna(), globex.greta()]);
    const before = await snapshot(anna.id);
    const me = await person("northwind", "priya.patel@northwind.example");

    for (const [label, input] of [
      ["under the globex slug", { org: "globex", personId: anna.id, managerId: greta.id }],
      ["under her own slug", { org: "northwind", personId: anna.id, managerId: me.id }],
    ] as const) {
      const res = await trpcMutation(page.request, "people.changeManager", input);
      expect([403, 404], `changeManager ${label}: HTTP status`).toContain(res.status());
      expectNoVictimData(await res.text(), `changeManager ${label}`);
    }
    expect(await snapshot(anna.id)).toEqual(before);
  });
});

test("a Northwind HR admin cannot reach Globex people through her own org", async ({ page }) => {
  await signInWithDemoButton(page, "Hannah Reyes");
  const [anna, greta, lukas] = await Promise.all([globex.anna(), globex.greta(), globex.lukas()]);
  const hannah = await person("northwind", "hannah.reyes@northwind.example");
  const before = await Promise.all([snapshot(anna.id), snapshot(greta.id), snapshot(lukas.id)]);

  const attempts = [
    ["people.changeManager", { org: "northwind", personId: anna.id, managerId: hannah.id }],
    ["people.changeManager", { org: "northwind", personId: hannah.id, managerId: lukas.id }],
    ["people.setStatus", { org: "northwind", personId: greta.id, status: "DEACTIVATED" }],
    ["people.changeRole", { org: "northwind", personId: lukas.id, role: "EMPLOYEE" }],
    ["people.update", { org: "northwind", personId: greta.id, name: "Pwned" }],
    ["people.setStatus", { org: "globex", personId: greta.id, status: "DEACTIVATED" }],
  ] as const;
  for (const [path, input] of attempts) {
    const res = await trpcMutation(page.request, path, input);
    const body = await res.text();
    expect(res.status(), `${path} ${JSON.stringify(input)}: HTTP status`).toBe(404);
    expect((JSON.parse(body) as TrpcError).error?.json?.data?.code).toBe("NOT_FOUND");
    expectNoVictimData(body, path);
  }
  expect(await Promise.all([snapshot(anna.id), snapshot(greta.id), snapshot(lukas.id)])).toEqual(before);
  expect((await person("northwind", "hannah.reyes@northwind.example")).managerId).toBe(hannah.managerId);
});

test("a cross-site mutation from a signed-in admin is refused and writes nothing", async ({ page }) => {
  await signInWithDemoButton(page, "Hannah Reyes");
  const ruby = await person("northwind", "ruby.nguyen@northwind.example");
  const yuki = await person("northwind", "yuki.tanaka@northwind.example");
  const before = await snapshot(ruby.id);
  const input = { org: "northwind", personId: ruby.id, managerId: yuki.id };

  const crossSite: Record<string, string>[] = [
    { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    // A browser without Fetch Metadata still sends Origin, which must match the host.
    { origin: "https://evil.example" },
  ];
  for (const headers of crossSite) {
    const res = await trpcMutation(page.request, "people.changeManager", input, headers);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    const error = (await res.json()) as TrpcError;
    expect(error.error?.json?.data?.code).toBe("FORBIDDEN");
    expect(error.error?.json?.message).toBe("Cross-site request refused");
  }
  // The one-click demo sign-in is a form post too: refused cross-site as well.
  const demo = await page.request.post("/api/demo-sign-in", {
    form: { email: "daniel.okafor@northwind.example", callbackUrl: "/orgs" },
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    maxRedirects: 0,
  });
  expect(demo.status()).toBe(404);

  expect(await snapshot(ruby.id)).toEqual(before);
});
