// A report line's health on the manager dashboard: green / amber / red, always with its reasons in
// words ("no 1:1 in 23 days; not recognised in 41 days"), never colour alone. Pure: the facts come
// from the dashboard's one query. The thresholds follow the research behind Rapport (DESIGN.md): a
// 1:1 rhythm kept (overdue is the 1:1 list's rule, past 1.5 cadence intervals), recognition at
// least monthly (the target is weekly), and promises kept (action items past their due date).

export type Health = "green" | "amber" | "red";

export type HealthFacts = {
  /** Days since the pair's last held 1:1, or null when none was ever held. */
  daysSinceHeld: number | null;
  /** Days since the cadence started (for a pair that never met), or null without a cadence. */
  daysSinceCadence: number | null;
  /** The cadence's nominal interval in days; null when the pair has no live cadence. */
  intervalDays: number | null;
  paused: boolean;
  /** Days since they last received recognition, or null for never. */
  daysSinceRecognised: number | null;
  /** Days since they joined (start date), or null when unknown. */
  tenureDays: number | null;
  overdueItems: number;
};

/** Not recognised for this long: amber; twice as long: red. */
export const RECOGNITION_AMBER_DAYS = 30;
export const RECOGNITION_RED_DAYS = 60;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function healthOf(f: HealthFacts): { health: Health; reasons: string[] } {
  const found: { level: Health; text: string }[] = [];
  if (f.intervalDays === null) {
    found.push({ level: "amber", text: "no 1:1 cadence set" });
  } else if (!f.paused) {
    const since = f.daysSinceHeld ?? f.daysSinceCadence ?? 0;
    if (since > 3 * f.intervalDays)
      found.push({
        level: "red",
        text: f.daysSinceHeld === null ? "no 1:1 held yet" : `no 1:1 in ${plural(since, "day")}`,
      });
    else if (since > 1.5 * f.intervalDays)
      found.push({
        level: "amber",
        text: f.daysSinceHeld === null ? "no 1:1 held yet" : `no 1:1 in ${plural(since, "day")}`,
      });
  }
  const recognised = f.daysSinceRecognised;
  // Someone new is not "never recognised" until they have been here a month.
  const neverCounts = recognised === null && (f.tenureDays === null || f.tenureDays > RECOGNITION_AMBER_DAYS);
  if (recognised !== null && recognised > RECOGNITION_RED_DAYS)
    found.push({ level: "red", text: `not recognised in ${plural(recognised, "day")}` });
  else if (recognised !== null && recognised > RECOGNITION_AMBER_DAYS)
    found.push({ level: "amber", text: `not recognised in ${plural(recognised, "day")}` });
  else if (neverCounts) found.push({ level: "amber", text: "never recognised" });
  if (f.overdueItems > 0) found.push({ level: "amber", text: `${plural(f.overdueItems, "action item")} overdue` });
  const health: Health = found.some((x) => x.level === "red")
    ? "red"
    : found.some((x) => x.level === "amber")
      ? "amber"
      : "green";
  // Red reasons first, so the line says the worst thing first.
  const reasons = [...found.filter((x) => x.level === "red"), ...found.filter((x) => x.level !== "red")].map(
    (x) => x.text,
  );
  return { health, reasons };
}
