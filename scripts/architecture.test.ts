// Proves the architecture rules in .dependency-cruiser.cjs: each fixture in scripts/arch-fixtures
// (laid out like the repo) breaks exactly one rule, the "ok-*" neighbours show what stays allowed,
// and the real tree (what `npm run lint:arch` checks) has no violations.
import path from "node:path";
import { cruise, type ICruiseOptions, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const FIXTURES = "scripts/arch-fixtures";

/** [rule, from, to] for every violation the fixtures must report, and nothing else. */
const EXPECTED: [string, string, string][] = [
  ["components-no-server", "components/bad-server-import.tsx", "server/api/root.ts"],
  ["emails-pure", "emails/bad-server-import.tsx", "server/api/root.ts"],
  ["browser-no-zod", "components/bad-zod.tsx", "node_modules/zod/"],
  ["policy-pure", "server/policy/bad-db.ts", "server/db.ts"],
  ["policy-pure", "server/policy/bad-framework.ts", "node_modules/@trpc/server/"],
  ["server-not-to-ui", "server/modules/people/bad-ui.ts", "components/button.tsx"],
  ["modules-cross-through-service", "server/modules/one-on-ones/bad-cross-router.ts", "people/people.router.ts"],
  ["modules-cross-through-service", "server/modules/one-on-ones/bad-cross-output.ts", "people/people.output.ts"],
  ["modules-cross-through-service", "server/modules/one-on-ones/bad-cross-internal.ts", "people/internal.ts"],
  ["modules-no-global-db", "server/modules/people/bad-global-db.ts", "server/db.ts"],
  ["modules-api-only-in-routers", "server/modules/people/bad-api.service.ts", "server/api/procedures.ts"],
  ["jobs-through-services", "server/jobs/bad-router.ts", "server/modules/people/people.router.ts"],
  ["jobs-through-services", "server/jobs/bad-api.ts", "server/api/root.ts"],
  ["app-no-prisma", "app/bad-db/page.tsx", "server/db.ts"],
  ["app-no-prisma", "app/bad-generated/page.tsx", "server/generated/prisma/client.ts"],
  ["app-through-api", "app/bad-service/page.tsx", "server/modules/people/people.service.ts"],
  ["templates-only-in-server-email", "server/modules/people/bad-template.service.ts", "emails/invitation.tsx"],
  [
    "templates-only-in-server-email",
    "server/modules/people/bad-render.service.ts",
    "node_modules/@react-email/render/",
  ],
  ["resend-only-in-send", "server/email/bad-resend.ts", "node_modules/resend/"],
  ["no-test-code-in-app", "server/modules/people/bad-test-helper.ts", "server/test/factories.ts"],
  // A cycle is reported once, from the module the cruise reached first.
  ["no-circular", "server/lib/cycle-a.ts", "server/lib/cycle-b.ts"],
  ["not-to-unresolvable", "server/lib/bad-unresolvable.ts", "./does-not-exist"],
];

let options: ICruiseOptions;
let tsConfig: ReturnType<typeof extractTSConfig>;

beforeAll(async () => {
  options = await extractDepcruiseOptions(path.join(root, ".dependency-cruiser.cjs"));
  tsConfig = extractTSConfig(path.join(root, "tsconfig.json"));
});

/** Cruises `dir` (relative to the repo root) the way the CLI does, paths relative to `dir`. */
async function cruiseDir(dir: string): Promise<ICruiseResult> {
  const baseDir = path.join(root, dir);
  const { output } = await cruise(
    ["."],
    { ...options, baseDir, outputType: "json", tsConfig: { fileName: path.join(root, "tsconfig.json") } },
    undefined,
    { tsConfig },
  );
  return typeof output === "string" ? (JSON.parse(output) as ICruiseResult) : output;
}

const violationsOf = (result: ICruiseResult) =>
  (result.summary.violations ?? []).map((v) => [v.rule.name, v.from, v.to] as [string, string, string]);

describe("architecture rules (.dependency-cruiser.cjs)", () => {
  let fixtures: [string, string, string][];
  beforeAll(async () => {
    fixtures = violationsOf(await cruiseDir(FIXTURES));
  }, 120_000);

  it.each(EXPECTED)("%s reports %s -> %s", (rule, from, to) => {
    expect(fixtures.filter(([r, f, t]) => r === rule && f === from && t.includes(to))).toHaveLength(1);
  });

  it("reports nothing else: the ok-* fixtures (type-only imports, services, routers) pass", () => {
    const unexpected = fixtures.filter(
      ([r, f, t]) => !EXPECTED.some(([rule, from, to]) => r === rule && f === from && t.includes(to)),
    );
    expect(unexpected).toEqual([]);
  });

  it("every rule in the config has a fixture that breaks it", () => {
    const rules = (options.ruleSet?.forbidden ?? []).map((r) => r.name);
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.filter((name) => !EXPECTED.some(([rule]) => rule === name))).toEqual([]);
  });
});

describe("the real tree", () => {
  let result: ICruiseResult;
  beforeAll(async () => {
    result = await cruiseDir(".");
  }, 120_000);

  it("has no architecture violations", () => {
    expect(violationsOf(result)).toEqual([]);
  });

  it("resolves the @/ alias (else the rules could not see where an import goes)", () => {
    const page = result.modules.find((m) => m.source === "app/dev/outbox/page.tsx");
    expect(page?.dependencies.map((d) => [d.module, d.resolved])).toContainEqual([
      "@/server/api/rsc",
      "server/api/rsc.ts",
    ]);
  });

  it("does not cruise the fixtures", () => {
    expect(result.modules.filter((m) => m.source.startsWith(FIXTURES))).toEqual([]);
  });
});
