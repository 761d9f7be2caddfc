// Architecture rules (docs: DESIGN.md §3 "Dependency direction", §4 house rules), checked by
// `npm run lint:arch` and proven rule by rule by scripts/architecture.test.ts over the fixtures in
// scripts/arch-fixtures/. Paths are relative to the repo root; a dependency on a package is matched
// by its resolved path, which contains "node_modules/<name>/" (node_modules may be a symlink).
// "type-only" imports (`import type`) are erased at build time, so rules about what runs may allow
// them; rules about what a folder may know about at all do not.

/** A resolved path inside one of these packages. */
const pkg = (...names) => `(^|/)node_modules/(${names.join("|")})/`;
const TEST_FILE = "\\.test\\.tsx?$";

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "components-no-server",
      comment:
        "components/ are shared UI: they may know server types (import type { AppRouter }), never run server code.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^server/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "emails-pure",
      comment:
        "emails/ are pure React Email templates (props in, markup out): no server, app or web UI imports at all.",
      severity: "error",
      from: { path: "^emails/" },
      to: { path: "^(server|app|components)/" },
    },
    {
      name: "policy-pure",
      comment:
        "server/policy is a pure role x action matrix, unit-tested without a database: no other server folder (db, generated, env, lib...) and no framework.",
      severity: "error",
      from: { path: "^server/policy/" },
      to: {
        path: [
          "^server/",
          pkg("next", "react", "react-dom", "@trpc", "@prisma", "next-auth", "@tanstack", "server-only"),
        ],
        pathNot: "^server/policy/",
      },
    },
    {
      name: "server-not-to-ui",
      comment: "Server code (server/modules and the rest) never imports routes (app/) or web components (components/).",
      severity: "error",
      from: { path: "^server/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "modules-cross-through-service",
      comment:
        "A module uses another module only through its *.service.ts (or pure *.schema.ts) exports, never its router, output schemas or internals.",
      severity: "error",
      from: { path: "^server/modules/([^/]+)/" },
      to: {
        path: "^server/modules/",
        pathNot: ["^server/modules/$1/", "^server/modules/[^/]+/[^/]+\\.(service|schema)\\.ts$"],
      },
    },
    {
      name: "modules-no-global-db",
      comment:
        "Services reach the database through ctx.db (it can carry a transaction and tenant context), never the global client; `import type { Db }` is fine.",
      severity: "error",
      from: { path: "^server/modules/" },
      to: { path: "^server/db\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "modules-api-only-in-routers",
      comment:
        "server/api sits above the modules: only a module's *.router.ts (and tests, which use callers) may import it.",
      severity: "error",
      from: { path: "^server/modules/", pathNot: ["\\.router\\.ts$", TEST_FILE] },
      to: { path: "^server/api/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "jobs-through-services",
      comment:
        "server/jobs call services, never routers or server/api (no HTTP context, no procedure middleware in a job).",
      severity: "error",
      from: { path: "^server/jobs/" },
      to: { path: ["^server/api/", "\\.router\\.ts$"] },
    },
    {
      name: "app-no-prisma",
      comment:
        "Routes never reach Prisma: they go through server/api (rsc.ts api() or the tRPC client) or server/auth, which own the database handle.",
      severity: "error",
      from: { path: "^app/" },
      to: { path: ["^server/db\\.ts$", "^server/generated/"] },
    },
    {
      name: "app-through-api",
      comment:
        "Routes call procedures (policies and input/output schemas run there), not services, email, jobs or test code directly; pure *.schema.ts (server pages) and *.limits.ts (plain numbers for forms) are shared.",
      severity: "error",
      from: { path: "^app/" },
      to: {
        path: "^server/(modules|email|jobs|test)/",
        pathNot: "\\.(schema|limits)\\.ts$",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "browser-no-zod",
      comment:
        "Browser code (components/, and app/ files other than the route files that run on the server) never imports zod or a *.schema.ts (which brings zod): it cost the 1:1 page ~48 KB of compressed JavaScript. Limits come from *.limits.ts; the server validates.",
      severity: "error",
      from: {
        path: "^(app|components)/",
        // Route files and *.server.ts (import "server-only") run on the server.
        pathNot: [
          TEST_FILE,
          "\\.server\\.ts$",
          "(^|/)(page|layout|route|not-found|loading|error|global-error)\\.tsx?$",
        ],
      },
      to: { path: ["(^|/)node_modules/zod/", "\\.schema\\.ts$"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "templates-only-in-server-email",
      comment: "server/email is the only place that turns a React Email template into an email.",
      severity: "error",
      from: { pathNot: ["^server/email/", "^emails/"] },
      to: { path: ["^emails/", pkg("@react-email/render")] },
    },
    {
      name: "resend-only-in-send",
      comment: "server/email/send.ts is the only importer of resend (outbox row first, its id is the idempotency key).",
      severity: "error",
      from: { pathNot: "^server/email/send\\.ts$" },
      to: { path: pkg("resend") },
    },
    {
      name: "no-test-code-in-app",
      comment: "Shipped code never imports tests or test helpers (server/test is for tests, seed and e2e).",
      severity: "error",
      from: { path: "^(app|components|emails|server)/", pathNot: [TEST_FILE, "^server/test/"] },
      to: { path: ["^server/test/", TEST_FILE] },
    },
    {
      name: "no-circular",
      comment:
        "Runtime cycles make load order matter and hide the layering. A cycle through an `import type` edge is erased at build time, so it is allowed.",
      severity: "error",
      from: {},
      to: { circular: true, dependencyTypesNot: ["type-only"], viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      comment: "Every import must resolve, else the rules above could not see where it goes (e.g. a broken @/ alias).",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // The fixtures break every rule on purpose; scripts/architecture.test.ts cruises them itself.
    exclude: { path: ["^scripts/arch-fixtures/", "^(\\.next|\\.data|coverage|test-results|playwright-report)/"] },
    // Look at what an import resolves to, not inside it (the generated client is large).
    doNotFollow: { path: ["node_modules", "^server/generated/"] },
    // Keep `import type` edges (marked "type-only") so rules can tell them apart.
    tsPreCompilationDeps: true,
    // Resolves the "@/..." path alias.
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
