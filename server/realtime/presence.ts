// Who has a topic open, across instances. Each process counts its own open streams per member and
// announces them (on join, every HEARTBEAT_MS, and whenever someone asks with "sync"); members seen
// only through other instances expire after STALE_MS without an announcement.
import "server-only";
import type { DbHandle } from "../lib/context";
import { type LiveMessage, publish } from "./hub";

const HEARTBEAT_MS = 15_000;
const STALE_MS = 40_000;

const mine = new Map<string, Map<string, number>>(); // topic -> member -> open streams here
const theirs = new Map<string, Map<string, number>>(); // topic -> member -> last seen (ms)

const inc = (topic: string, member: string, by: number) => {
  const m = mine.get(topic) ?? new Map<string, number>();
  const n = (m.get(member) ?? 0) + by;
  if (n > 0) m.set(member, n);
  else m.delete(member);
  if (m.size > 0) mine.set(topic, m);
  else mine.delete(topic);
  return n;
};

/** Members present on `topic` now. */
export function presentOn(topic: string, now = Date.now()): string[] {
  const here = new Set(mine.get(topic)?.keys() ?? []);
  for (const [member, seen] of theirs.get(topic) ?? []) if (now - seen < STALE_MS) here.add(member);
  return [...here].sort();
}

/** Updates what we know from a message; true when presence on the topic may have changed. */
export function notePresence(db: DbHandle, topic: string, m: LiveMessage, now = Date.now()): boolean {
  if (m.type === "sync") {
    for (const member of mine.get(topic)?.keys() ?? [])
      void publish(db, topic, { type: "presence", member, state: "here" });
    return false;
  }
  if (m.type !== "presence") return false;
  const seen = theirs.get(topic) ?? new Map<string, number>();
  if (m.state === "here") seen.set(m.member, now);
  else seen.delete(m.member);
  theirs.set(topic, seen);
  return true;
}

/** Marks `member` present on `topic` until the returned function is called. */
export function join(db: DbHandle, topic: string, member: string): () => Promise<void> {
  inc(topic, member, 1);
  void publish(db, topic, { type: "presence", member, state: "here" }).catch(() => undefined);
  void publish(db, topic, { type: "sync" }).catch(() => undefined);
  const beat = setInterval(() => {
    void publish(db, topic, { type: "presence", member, state: "here" }).catch(() => undefined);
  }, HEARTBEAT_MS);
  beat.unref();
  return async () => {
    clearInterval(beat);
    if (inc(topic, member, -1) === 0)
      await publish(db, topic, { type: "presence", member, state: "left" }).catch(() => undefined);
  };
}
