// The secret iCal feed behind app/api/calendar/[token]/route.ts: GET /api/calendar/<token>.ics.
// The token (only its hash is stored) names one active membership; the feed is built with the same
// OrgCtx a signed-in request of that member gets (orgScope), through the calendar service, so the
// same milestone rules apply, with the member's own 1:1s only. Anything wrong with the token
// (malformed, unknown, revoked, the member deactivated) is a 404 with an empty body.
//
// Cache-Control is "private, max-age=300": never kept by a shared cache (a proxy or CDN holding a
// secret URL's answer would outlive a revocation), and a client polling often is answered from its
// own cache for 5 minutes. Revocation is immediate on the server; only a client that already has
// the data may keep showing it for those minutes.
import "server-only";
import { getDb } from "../db";
import { orgScope } from "../modules/access/access.service";
import { feedEvents } from "../modules/calendar/calendar.service";
import { memberForFeedToken, touchFeedToken } from "../modules/calendar/feed-token.service";
import { buildIcal } from "../modules/calendar/ical";

const notFound = () =>
  new Response(null, { status: 404, headers: { "cache-control": "private, no-store", "x-robots-tag": "noindex" } });

export async function calendarFeed(tokenParam: string, now = new Date()): Promise<Response> {
  const token = tokenParam.endsWith(".ics") ? tokenParam.slice(0, -".ics".length) : tokenParam;
  const db = getDb();
  const found = await memberForFeedToken(db, token);
  if (!found) return notFound();
  const ctx = { db, ...orgScope(found.me) };
  const { zone, orgName, events } = await feedEvents(ctx, now);
  await touchFeedToken(ctx, found.token, now);
  return new Response(buildIcal({ orgName, zone, events, now }), {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
      "content-disposition": 'inline; filename="rapport.ics"',
      "x-robots-tag": "noindex",
    },
  });
}
