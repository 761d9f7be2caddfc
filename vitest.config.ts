import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// With a real server every integration file clones its own database and files run in parallel;
// the embedded fallback is one shared PGlite, so files must take turns (server/test/global-setup.ts).
const realServer = Boolean(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL);
const exclude = ["**/node_modules/**", "**/.next/**", "e2e/**", ".data/**", "server/generated/**"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "server/test/empty.ts"),
    },
  },
  test: {
    // "default" prints the "Test Files  N passed" / "Tests  N passed" summary that scripts/test.sh relies on.
    reporters: ["default"],
    passWithNoTests: true,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          // Catches a hang, not slowness (heavy properties set their own budgets too).
          testTimeout: 60_000,
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...exclude, "**/*.int.test.ts", "**/*.int.test.tsx"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts", "**/*.int.test.tsx"],
          exclude,
          globalSetup: ["server/test/global-setup.ts"],
          fileParallelism: realServer,
          // Budgets that only catch a hang: seeding the demo org or cloning a template takes many
          // times longer on a 2-core machine kept busy than on an idle one, and a verdict must not
          // depend on that.
          hookTimeout: 180_000,
          testTimeout: 180_000,
        },
      },
    ],
  },
});
