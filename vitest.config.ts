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
          // Cloning a template and first Prisma queries take a moment on a busy 2-core machine.
          hookTimeout: 30_000,
          testTimeout: 15_000,
        },
      },
    ],
  },
});
