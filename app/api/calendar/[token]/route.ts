// The secret iCal feed, GET /api/calendar/<token>.ics: see server/api/calendar-feed.ts.
import { calendarFeed } from "@/server/api/calendar-feed";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  return calendarFeed((await params).token);
}
