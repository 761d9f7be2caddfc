import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./trpc";

const installed = (name: string) =>
  JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")).version as string;

describe("security floors", () => {
  it("next >= 16.3.3 (2026 advisories incl. middleware bypasses)", () => {
    expect(semver.gte(installed("next"), "16.3.3")).toBe(true);
  });
  it("next-auth >= 4.24.15", () => {
    expect(semver.gte(installed("next-auth"), "4.24.15")).toBe(true);
  });
});

describe("isSameOrigin (mutations refuse cross-site requests)", () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it("trusts Sec-Fetch-Site when present", () => {
    expect(isSameOrigin(h({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(
      isSameOrigin(h({ "sec-fetch-site": "cross-site", origin: "https://app.example", host: "app.example" })),
    ).toBe(false);
    expect(isSameOrigin(h({ "sec-fetch-site": "same-site" }))).toBe(false);
  });
  it("falls back to Origin vs the request's own origin, scheme included", () => {
    expect(isSameOrigin(h({ origin: "https://app.example", host: "app.example", "x-forwarded-proto": "https" }))).toBe(
      true,
    );
    expect(isSameOrigin(h({ origin: "http://app.example", host: "app.example" }))).toBe(true);
    // Same host, other scheme: another origin.
    expect(isSameOrigin(h({ origin: "https://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "http://127.0.0.1:3001", host: "127.0.0.1:3000" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "https://evil.example", host: "app.example" }))).toBe(false);
    expect(isSameOrigin(h({ origin: "null", host: "app.example" }))).toBe(false);
  });
  it("allows non-browser clients without Origin", () => {
    expect(isSameOrigin(h({ host: "app.example" }))).toBe(true);
  });
});
