import { describe, expect, it } from "vitest";
import { keysetPage, keysetWhere } from "./keyset";

const rows = (ids: number[]) => ids.map((n) => ({ id: `r${n}`, name: `n${n}` }));
const cursorOf = (r: { id: string }) => r.id;

describe("keysetPage", () => {
  it("first page forward: next when there is an extra row, no previous", () => {
    expect(keysetPage(rows([1, 2, 3]), { limit: 2, hadCursor: false, cursorOf })).toEqual({
      page: rows([1, 2]),
      nextCursor: "r2",
      prevCursor: null,
    });
  });
  it("last page forward through a cursor: previous, no next", () => {
    expect(keysetPage(rows([3, 4]), { limit: 2, hadCursor: true, cursorOf })).toEqual({
      page: rows([3, 4]),
      nextCursor: null,
      prevCursor: "r3",
    });
  });
  it("backward: rows arrive reversed; the page comes back in order with both ends", () => {
    expect(keysetPage(rows([4, 3, 2]), { limit: 2, backward: true, hadCursor: true, cursorOf })).toEqual({
      page: rows([3, 4]),
      nextCursor: "r4",
      prevCursor: "r3",
    });
    expect(keysetPage(rows([2, 1]), { limit: 2, backward: true, hadCursor: true, cursorOf })).toEqual({
      page: rows([1, 2]),
      nextCursor: "r2",
      prevCursor: null,
    });
  });
  it("an empty page has no cursors", () => {
    expect(keysetPage([], { limit: 2, hadCursor: true, cursorOf })).toEqual({
      page: [],
      nextCursor: null,
      prevCursor: null,
    });
  });
});

describe("keysetWhere", () => {
  it("strictly past (key, id): a greater key, or the same key and a greater id; bounded by the key", () => {
    expect(keysetWhere("name", { value: "Ann", id: "x" }, "gt")).toEqual({
      name: { gte: "Ann" },
      OR: [{ name: { gt: "Ann" } }, { name: "Ann", id: { gt: "x" } }],
    });
  });
  it("backward: a smaller key, or the same key and a smaller id", () => {
    const at = new Date("2026-12-01T00:00:00Z");
    expect(keysetWhere("createdAt", { value: at, id: "r1" }, "lt")).toEqual({
      createdAt: { lte: at },
      OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: "r1" } }],
    });
  });
});
