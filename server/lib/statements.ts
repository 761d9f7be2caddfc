// Named (prepared) statements for the app's reads on a PostgreSQL server. A named statement is
// parsed once per connection and its plan can be cached, so a hot read skips parsing and, once
// PostgreSQL finds a generic plan as good as the custom ones, planning: the recognition feed's
// statement plans in 0.6 ms and runs in 0.7 ms at 50,000 people (EXPLAIN ANALYZE), so planning was
// half its time; the dashboard's statements plan in several ms.
//
// Not on the embedded database: PGlite is ONE session shared by every connection (see
// scripts/pglite-queue.ts), so two connections preparing the same name would collide. Its URL
// carries EMBEDDED_APPLICATION as application_name, which says so wherever the URL travels.
// Kept free of server/env so scripts/embedded-pg.ts can import it before the environment is read.
import { createHash } from "node:crypto";

/** The application_name of connections to the embedded database (scripts/embedded-pg.ts). */
export const EMBEDDED_APPLICATION = "rapport-embedded";

/** Does this URL name the embedded database? */
export function isEmbeddedUrl(url: string): boolean {
  try {
    return new URL(url).searchParams.get("application_name") === EMBEDDED_APPLICATION;
  } catch {
    return false;
  }
}

/**
 * Distinct statements named per process, at most: a connection keeps every statement it prepared
 * until it closes, so the number must stay bounded. The app has a fixed set of read shapes; the
 * hot ones run first and get names, anything past the cap runs unnamed as before.
 */
export const MAX_NAMED_STATEMENTS = 256;

const READ = /^\s*(SELECT|WITH)\b/i;

/**
 * A name for a read's SQL text (the same text, the same name, on every connection), or undefined
 * for writes (their VALUES lists vary with the row count) and past the cap. `names` is the
 * process's set of names given so far.
 */
export function statementName(sql: string, names: Set<string>): string | undefined {
  if (!READ.test(sql)) return undefined;
  const name = `r${createHash("sha1").update(sql).digest("hex").slice(0, 30)}`;
  if (names.has(name)) return name;
  if (names.size >= MAX_NAMED_STATEMENTS) return undefined;
  names.add(name);
  return name;
}
