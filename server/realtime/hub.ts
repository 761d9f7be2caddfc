// Live fan-out for server-sent events, across web instances: a message published on a topic is
// delivered to this process's subscribers at once and to every other instance through PostgreSQL
// LISTEN/NOTIFY (one listening connection per process). Messages carry no content, only what
// happened ("changed", who is present): clients refetch through tRPC, where the policy applies.
//
// The embedded PGlite is one backend shared by all connections and does not deliver a NOTIFY to
// another connection, so there only the in-process path works — which is all it needs, since the
// embedded database serves a single web process.
import "server-only";
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import pg from "pg";
import type { DbHandle } from "../lib/context";

export const LIVE_CHANNEL = "rapport_live";
const INSTANCE = randomUUID();

export type LiveMessage =
  | { type: "changed"; by: string }
  | { type: "presence"; member: string; state: "here" | "left" }
  | { type: "sync" };

type Envelope = { topic: string; message: LiveMessage; from: string };

const local = new EventEmitter();
local.setMaxListeners(0);

let listener: Promise<void> | undefined;

/** Starts this process's LISTEN connection once (lazily, on the first subscription). */
function listen(url: string): Promise<void> {
  listener ??= (async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (n) => {
      if (n.channel !== LIVE_CHANNEL || !n.payload) return;
      try {
        const e = JSON.parse(n.payload) as Envelope;
        if (e.from !== INSTANCE) local.emit(e.topic, e.message);
      } catch {
        // Not ours: ignore.
      }
    });
    // A lost connection is re-opened by the next subscription; streams fall back to polling meanwhile.
    client.on("error", () => {
      listener = undefined;
    });
    client.on("end", () => {
      listener = undefined;
    });
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
  })().catch((e) => {
    listener = undefined;
    throw e;
  });
  return listener;
}

/**
 * Publishes `message` on `topic`. Through `db`, so inside a unit of work the NOTIFY goes out only
 * when it commits; this process's own subscribers hear it at once.
 */
export async function publish(db: DbHandle, topic: string, message: LiveMessage): Promise<void> {
  local.emit(topic, message);
  const payload = JSON.stringify({ topic, message, from: INSTANCE } satisfies Envelope);
  await db.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${payload})`;
}

/** Calls `on` for every message on `topic` until the returned function is called. */
export async function subscribe(url: string, topic: string, on: (m: LiveMessage) => void): Promise<() => void> {
  // Cross-instance delivery is best effort: this process's own messages always arrive.
  await listen(url).catch(() => undefined);
  local.on(topic, on);
  return () => {
    local.off(topic, on);
  };
}
