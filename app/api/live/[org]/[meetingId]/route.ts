// Server-sent events for a 1:1 page: see server/api/live.ts.
import { liveStream } from "@/server/api/live";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ org: string; meetingId: string }> }) {
  return liveStream(req, await params);
}
