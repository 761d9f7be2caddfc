// fast-check generators shared by property tests.
import fc from "fast-check";
import { type CadenceSpec, MONTHLY_NTHS, WEEKDAYS } from "../lib/cadence";

export const arbSpec: fc.Arbitrary<CadenceSpec> = fc.oneof(
  fc.record({
    frequency: fc.constant("WEEKLY" as const),
    intervalWeeks: fc.integer({ min: 1, max: 8 }),
    weekday: fc.constantFrom(...WEEKDAYS),
  }),
  fc.record({
    frequency: fc.constant("MONTHLY" as const),
    nth: fc.constantFrom(...MONTHLY_NTHS),
    weekday: fc.constantFrom(...WEEKDAYS),
  }),
);
