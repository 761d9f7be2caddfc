// The cadence advisor: per direct report, a suggested 1:1 rhythm with its reason, or none when the
// current one fits. Pure. The rules (DESIGN.md's research): someone in their first 90 days meets
// weekly; a manager with more than 10 reports keeps it sustainable with biweekly 1:1s plus async
// notes; when the report keeps rating their 1:1s "not useful", the format changes before the
// rhythm does (a no-agenda 1:1: "How are things, really?"). "Apply" goes through the cadence service.
import type { CadenceSpec } from "../../lib/cadence";

export const NEW_STARTER_DAYS = 90;
export const WIDE_SPAN = 10;

export type AdvisorFacts = {
  /** The live cadence's rule, or null when the pair has none. */
  spec: CadenceSpec | null;
  kind: "REGULAR" | "NO_AGENDA" | "AD_HOC" | null;
  tenureDays: number | null;
  /** The manager's number of direct reports. */
  span: number;
  /** The report's latest usefulness ratings, newest first. */
  ratings: ("YES" | "SOMEWHAT" | "NO")[];
};

export type Advice = { spec: CadenceSpec; kind: "REGULAR" | "NO_AGENDA"; summary: string; reason: string };

const weekly = (spec: CadenceSpec | null, weeks: number): CadenceSpec => ({
  frequency: "WEEKLY",
  intervalWeeks: weeks,
  weekday: spec?.weekday ?? "TU",
});

const weeksOf = (spec: CadenceSpec | null) =>
  spec === null ? null : spec.frequency === "WEEKLY" ? spec.intervalWeeks : 4;

/** The suggestion for one pair, or null when what they have already fits. */
export function adviseCadence(f: AdvisorFacts): Advice | null {
  const weeks = weeksOf(f.spec);
  const kind = f.kind === "NO_AGENDA" ? "NO_AGENDA" : "REGULAR";
  if (f.tenureDays !== null && f.tenureDays < NEW_STARTER_DAYS) {
    if (weeks === 1) return null;
    return {
      spec: weekly(f.spec, 1),
      kind,
      summary: "Weekly",
      reason: `Joined ${f.tenureDays} days ago: weekly 1:1s for the first ${NEW_STARTER_DAYS} days help them settle in`,
    };
  }
  const recent = f.ratings.slice(0, 3);
  if (recent.length === 3 && recent.filter((r) => r === "NO").length >= 2 && kind !== "NO_AGENDA")
    return {
      spec: f.spec ?? weekly(null, 2),
      kind: "NO_AGENDA",
      summary: "Same rhythm, no agenda",
      reason: "Two of their last three 1:1s were rated not useful: try a no-agenda 1:1 before changing the rhythm",
    };
  if (f.span > WIDE_SPAN && (weeks === null || weeks < 2))
    return {
      spec: weekly(f.spec, 2),
      kind,
      summary: "Every 2 weeks, with async notes between",
      reason: `You have ${f.span} direct reports: biweekly 1:1s plus shared notes between them keep it sustainable`,
    };
  if (weeks === null)
    return {
      spec: weekly(null, f.span > WIDE_SPAN ? 2 : 1),
      kind,
      summary: f.span > WIDE_SPAN ? "Every 2 weeks" : "Weekly",
      reason: "No 1:1 rhythm yet: a regular check-in is where trust is built",
    };
  return null;
}
