import { describe, expect, it } from "vitest";
import { levelTone } from "./level";

describe("levelTone", () => {
  it("gives the four default levels four different tones, lowest to highest", () => {
    const tones = [1, 2, 3, 4].map((r) => levelTone(r, 4));
    expect(new Set(tones).size).toBe(4);
    expect(tones[0]).toContain("danger");
    expect(tones[3]).toContain("success");
  });

  it("spans the whole range on any scale, never going backwards", () => {
    for (const levels of [2, 3, 5, 7]) {
      const order = ["danger", "warning", "brand", "success"];
      const ranks = Array.from({ length: levels }, (_, i) =>
        order.findIndex((t) => levelTone(i + 1, levels).includes(t)),
      );
      expect(ranks[0]).toBe(0);
      expect(ranks.at(-1)).toBe(3);
      expect(ranks.every((r, i) => i === 0 || r >= (ranks[i - 1] ?? 0))).toBe(true);
    }
  });
});
