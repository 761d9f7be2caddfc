import { describe, expect, it } from "vitest";
import { allManagerIds, type ChartNode, initiallyOpen, OPEN_ALL_UP_TO } from "./open";

const node = (id: string, children: ChartNode[] = []): ChartNode => ({
  id,
  name: id,
  title: null,
  team: null,
  children,
});

/** A CEO with `width` managers, each with `per` reports. */
function org(width: number, per: number): ChartNode[] {
  return [
    node(
      "ceo",
      Array.from({ length: width }, (_, m) =>
        node(
          `m${m}`,
          Array.from({ length: per }, (_, r) => node(`m${m}r${r}`)),
        ),
      ),
    ),
  ];
}

describe("the org chart's first view", () => {
  it("opens every manager of a small org, so anyone finds themselves", () => {
    const roots = org(3, 4);
    expect([...initiallyOpen(roots, "m2r1")].sort()).toEqual(["ceo", "m0", "m1", "m2"]);
    expect(allManagerIds(roots)).toEqual(["ceo", "m0", "m1", "m2"]);
  });

  it("opens a large org at its roots and along the way down to the viewer", () => {
    const roots = org(50, 20); // 1,051 people
    expect(1 + 50 + 50 * 20).toBeGreaterThan(OPEN_ALL_UP_TO);
    expect([...initiallyOpen(roots, "m37r5")].sort()).toEqual(["ceo", "m37"]);
    expect([...initiallyOpen(roots, "m12")]).toEqual(["ceo"]);
    expect([...initiallyOpen(roots, null)]).toEqual(["ceo"]);
    expect([...initiallyOpen(roots, "not-in-the-chart")]).toEqual(["ceo"]);
  });
});
