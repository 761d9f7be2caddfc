// Which request headers to believe about the client. `X-Forwarded-*` are whatever the client sent
// unless a proxy we trust wrote them, so the production server (scripts/server.ts) rewrites them
// before Next sees a request: with TRUSTED_PROXY_HOPS = 0 (the default, no proxy) the client's
// forwarded headers are dropped and the socket address is the client; with N hops, the N entries
// the trusted proxies appended are kept and the rest (which the client could forge) is dropped.
// The app then reads them through `clientIp` and `requestOrigin` only.

type HeaderBag = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const list = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v.join(",") : (v ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Rewrites `headers` in place so that every `X-Forwarded-*` left in it is trustworthy. */
export function trustForwardedHeaders(headers: HeaderBag, peer: string | undefined, hops: number): void {
  const chain = hops > 0 ? list(headers["x-forwarded-for"]).slice(-hops) : [];
  headers["x-forwarded-for"] = [...chain, ...(peer ? [peer] : [])].join(", ") || undefined;
  if (hops === 0) {
    // Next fills these from the Host header and the socket when they are absent.
    delete headers["x-forwarded-host"];
    delete headers["x-forwarded-proto"];
    delete headers["x-forwarded-port"];
    delete headers["x-real-ip"];
    delete headers.forwarded;
  }
}

/** The client's address (as written by trustForwardedHeaders: the leftmost trusted entry). */
export function clientIp(headers: Headers): string {
  return list(headers.get("x-forwarded-for") ?? undefined)[0] ?? "unknown";
}

/** The origin ("scheme://host[:port]") this request was addressed to. */
export function requestOrigin(headers: Headers): string | null {
  const host = first(list(headers.get("x-forwarded-host") ?? undefined)) ?? headers.get("host");
  if (!host) return null;
  const proto = first(list(headers.get("x-forwarded-proto") ?? undefined)) ?? "http";
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}
