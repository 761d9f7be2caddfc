import { describe, expect, it } from "vitest";
import { secureCookiesFor } from "./cookies";

describe("secureCookiesFor", () => {
  it("is Secure on https, in any mode", () => {
    expect(secureCookiesFor("https://rapport.example", true)).toBe(true);
    expect(secureCookiesFor("https://localhost:3000", false)).toBe(true);
  });
  it("is Secure in production even when NEXTAUTH_URL is misconfigured as http", () => {
    expect(secureCookiesFor("http://rapport.example", true)).toBe(true);
  });
  it("is not Secure for local http runs", () => {
    expect(secureCookiesFor("http://localhost:3000", true)).toBe(false);
    expect(secureCookiesFor("http://127.0.0.1:3100", true)).toBe(false);
    expect(secureCookiesFor("http://rapport.example", false)).toBe(false);
  });
  it("does not treat look-alike hosts as loopback", () => {
    expect(secureCookiesFor("http://localhost.evil.example", true)).toBe(true);
    expect(secureCookiesFor("http://127.0.0.1.nip.io", true)).toBe(true);
  });
});
