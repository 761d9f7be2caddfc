// Kept apart from embedded-pg.ts so that playwright.config.ts (loaded by every Playwright worker)
// can pick a port without loading PGlite.
import { createServer } from "node:net";

/** Resolves with `start` if it is free on 127.0.0.1, else with the next free port after it. */
export async function findFreePort(start: number, tries = 100): Promise<number> {
  for (let port = start; port < start + tries; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${start}..${start + tries - 1}`);
}
