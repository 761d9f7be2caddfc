// Connection affinity for PGLiteSocketServer's query queue (@electric-sql/pglite-socket 0.2.17).
//
// Why: PGlite is ONE backend session shared by every socket. The library queues single protocol
// messages and keeps a connection's messages together only while a transaction is open. An
// extended-protocol query (Parse, Bind, Describe, Execute, Sync) is not a transaction, so when two
// connections are already waiting (e.g. behind a third one's transaction, which pg-boss's pool
// makes routine) their messages interleave: B's Parse replaces the unnamed statement between A's
// Parse and A's Bind, and A gets "bind message supplies 2 parameters, but prepared statement ""
// requires 1", or silently B's rows. Measured here: 20 of 20 rounds wrong (tmp probe, see the
// README's "Jobs on the embedded database"); upstream: electric-sql/pglite issue #1046, PR #977.
// Also fixed: a failed message left the queue "processing" forever (the same issue's defect B).
//
// The rule below is the protocol's own: a connection owns the backend from its first message until
// the backend is idle again, i.e. after a Sync or a simple Query (or a startup/auth/function-call
// message) completes outside a transaction. Others wait in FIFO order.
import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

type Queued = {
  handlerId: number;
  message: Uint8Array;
  resolve: (size: number) => void;
  reject: (e: Error) => void;
  onData: (data: Uint8Array) => void;
};

/** The library's private queue, as far as this patch relies on it (checked at run time). */
type QueueInternals = {
  queue: Queued[];
  processing: boolean;
  db: PGlite;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearQueueForHandler: (handlerId: number) => void;
};

// Message types that leave the backend idle once processed (outside a transaction): Sync, Query,
// Terminate, FunctionCall, PasswordMessage; a startup message has no type byte (its first byte is 0).
const BOUNDARY = new Set(["S", "Q", "X", "F", "p"].map((c) => c.charCodeAt(0)).concat(0));

export function enforceConnectionAffinity(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue?: QueueInternals }).queryQueue;
  if (
    !q ||
    !Array.isArray(q.queue) ||
    typeof q.processQueue !== "function" ||
    typeof q.db?.runExclusive !== "function"
  ) {
    throw new Error("@electric-sql/pglite-socket changed its query queue: review scripts/pglite-queue.ts");
  }
  let owner: number | null = null;

  const next = (): Queued | undefined => {
    if (owner !== null) {
      const i = q.queue.findIndex((m) => m.handlerId === owner);
      return i === -1 ? undefined : q.queue.splice(i, 1)[0];
    }
    // A transaction without an owner belongs to a connection that just went away: wait for the
    // library's rollback (clearTransactionIfNeeded) instead of running someone else inside it.
    if (q.db.isInTransaction()) return undefined;
    return q.queue.shift();
  };

  q.processQueue = async () => {
    if (q.processing) return;
    q.processing = true;
    try {
      for (let m = next(); m; m = next()) {
        const msg = m;
        let size = 0;
        try {
          await q.db.runExclusive(() =>
            q.db.execProtocolRawStream(msg.message, {
              onRawData: (data) => {
                size += data.length;
                msg.onData(data);
              },
            }),
          );
        } catch (e) {
          // The handler errors out and detaches, which releases its ownership (below).
          msg.reject(e as Error);
          continue;
        }
        q.lastHandlerId = msg.handlerId;
        owner = BOUNDARY.has(msg.message[0] ?? 0) && !q.db.isInTransaction() ? null : msg.handlerId;
        msg.resolve(size);
      }
    } finally {
      q.processing = false;
    }
  };

  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (handlerId) => {
    clear(handlerId);
    if (owner !== handlerId) return;
    owner = null;
    // Others may be waiting for the gone owner; with its transaction still open, the library's
    // rollback resumes the queue instead.
    if (!q.db.isInTransaction()) void q.processQueue();
  };
}
