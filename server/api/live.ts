// The live stream of a 1:1 page (app/api/live/[org]/[meetingId]/route.ts): server-sent events that
// tell a participant "something changed" (the page refetches through tRPC and the policy) and who
// of the pair has the page open. Access is the `oneOnOnes.liveTopic` procedure, called like any
// other (session, active membership, participant of the pair): anyone else gets 404. Membership is
// re-checked on every heartbeat, so a deactivated member's stream ends.
import "server-only";
import { TRPCError } from "@trpc/server";
import { getSessionUserId } from "../auth/session";
import { getDb } from "../db";
import { env } from "../env";
import { type LiveMessage, subscribe } from "../realtime/hub";
import { join, notePresence, presentOn } from "../realtime/presence";
import { createCaller } from "./root";

const HEARTBEAT_MS = 15_000;
const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "private, no-store" } });

export async function liveStream(req: Request, params: { org: string; meetingId: string }): Promise<Response> {
  const db = getDb();
  const caller = createCaller({ db, userId: await getSessionUserId() });
  const topicOf = () => caller.oneOnOnes.liveTopic(params);
  const live = await topicOf().catch((e: unknown) => {
    if (e instanceof TRPCError && ["NOT_FOUND", "UNAUTHORIZED", "BAD_REQUEST"].includes(e.code)) return null;
    throw e;
  });
  if (!live || !env.DATABASE_URL) return notFound();
  const { topic, member } = live;
  const encoder = new TextEncoder();
  let close = async () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (chunk: string) => {
        if (open) controller.enqueue(encoder.encode(chunk));
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      const onMessage = (m: LiveMessage) => {
        if (m.type === "changed" && m.by !== member) send("changed", {});
        if (notePresence(db, topic, m)) send("presence", { here: presentOn(topic) });
      };
      const unsubscribe = await subscribe(env.DATABASE_URL as string, topic, onMessage);
      const leave = join(db, topic, member);
      send("presence", { here: presentOn(topic) });
      const beat = setInterval(async () => {
        write(": heartbeat\n\n");
        if (!(await topicOf().catch(() => null))) await close();
      }, HEARTBEAT_MS);
      close = async () => {
        if (!open) return;
        open = false;
        clearInterval(beat);
        unsubscribe();
        await leave();
        try {
          controller.close();
        } catch {
          // The client went away first: the stream is closed already.
        }
      };
      req.signal.addEventListener("abort", () => void close());
    },
    cancel: () => close(),
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "private, no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
