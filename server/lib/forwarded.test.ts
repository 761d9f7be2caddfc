import { describe, expect, it } from "vitest";
import { clientIp, requestOrigin, trustForwardedHeaders } from "./forwarded";

const rewrite = (headers: Record<string, string>, peer: string, hops: number) => {
  const bag: Record<string, string | undefined> = { ...headers };
  trustForwardedHeaders(bag, peer, hops);
  return new Headers(Object.entries(bag).filter((e): e is [string, string] => e[1] !== undefined));
};

describe("forwarded headers", () => {
  it("with no trusted proxy, a forged X-Forwarded-For is replaced by the socket address", () => {
    for (const forged of ["1.2.3.4", "9.9.9.9, 8.8.8.8", ""]) {
      const h = rewrite({ "x-forwarded-for": forged, "x-real-ip": "7.7.7.7" }, "203.0.113.5", 0);
      expect(clientIp(h)).toBe("203.0.113.5");
    }
  });

  it("behind N trusted proxies, the client is the entry the outermost proxy appended", () => {
    // client forged "6.6.6.6"; proxy 1 saw 198.51.100.7; proxy 2 (the socket peer) saw proxy 1.
    const h = rewrite({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.1" }, "10.0.0.2", 2);
    expect(clientIp(h)).toBe("198.51.100.7");
    const one = rewrite({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, "10.0.0.1", 1);
    expect(clientIp(one)).toBe("198.51.100.7");
  });

  it("a new forged value per request never changes the key with no proxy", () => {
    const keys = new Set(
      Array.from({ length: 20 }, (_, i) => clientIp(rewrite({ "x-forwarded-for": `10.0.0.${i}` }, "192.0.2.1", 0))),
    );
    expect([...keys]).toEqual(["192.0.2.1"]);
  });

  it("drops forwarded host and scheme unless a proxy is trusted", () => {
    const forged = { host: "app.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(requestOrigin(rewrite(forged, "192.0.2.1", 0))).toBe("http://app.example");
    expect(requestOrigin(rewrite(forged, "10.0.0.1", 1))).toBe("https://evil.example");
  });
});
