// The results of npm run bench -- --large: how each case's procedure p95 grows from the smallest org
// to the largest (issue 10: the manager's dashboard and the 1:1 page should stay flat, at most 1.3x),
// printed, and the run written to bench/results/<date>.json and .md (the date in UTC; a second run
// the same day overwrites both) with the machine it ran on, since absolute times differ ~3x between
// machines.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Measured, ratioOf, TARGET_RATIO } from "./measure";

/** Flat growth: procedure p95 at the largest size / at the smallest, at most this. */
export const GROWTH_TARGET = 1.3;

export type SizeResult = { people: number; rows: (Measured & { flat?: boolean })[] };
export type Growth = {
  name: string;
  from: { people: number; p95: number };
  to: { people: number; p95: number };
  growth: number;
  /** Set on the cases that should stay flat. */
  target?: number;
};

/** "[50,000] oneOnOnes.get (…)" -> "oneOnOnes.get (…)". */
export const withoutSize = (name: string) => name.replace(/^\[[\d,]+\] /, "");
const people = (n: number) => n.toLocaleString("en");
const round = (n: number) => Math.round(n * 100) / 100;

/** Every case measured at both the smallest and the largest size, in the order of the smallest. */
export function growthOf(sizes: SizeResult[]): Growth[] {
  const sorted = [...sizes].sort((a, b) => a.people - b.people);
  const small = sorted[0];
  const large = sorted.at(-1);
  if (!small || !large || small === large) return [];
  return small.rows.flatMap((s) => {
    const name = withoutSize(s.name);
    const l = large.rows.find((r) => withoutSize(r.name) === name);
    if (!l) return [];
    const flat = s.flat || l.flat;
    return [
      {
        name,
        from: { people: small.people, p95: s.procedure.p95 },
        to: { people: large.people, p95: l.procedure.p95 },
        growth: l.procedure.p95 / s.procedure.p95,
        ...(flat ? { target: GROWTH_TARGET } : {}),
      },
    ];
  });
}

const mark = (g: Growth) =>
  g.target === undefined ? "" : g.growth > g.target ? ` (over ${g.target}x)` : ` (target <= ${g.target}x)`;

/** The growth table for the terminal, aligned like formatTable. */
export function formatGrowth(growth: Growth[]): string {
  const [first] = growth;
  if (!first) return "Growth: needs two sizes with the same cases (--large 500,50000).";
  const width = Math.max(44, ...growth.map((g) => g.name.length));
  const at = (n: number) => `p95 @${people(n)}`.padStart(14);
  const header = ["procedure".padEnd(width), at(first.from.people), at(first.to.people), "growth".padStart(8)];
  const lines = growth.map(
    (g) =>
      [
        g.name.padEnd(width),
        g.from.p95.toFixed(1).padStart(14),
        g.to.p95.toFixed(1).padStart(14),
        `${g.growth.toFixed(2)}x`.padStart(8),
      ].join(" ") + mark(g),
  );
  return [
    `Flat growth: procedure p95 at ${people(first.to.people)} people / at ${people(first.from.people)} (ms).`,
    header.join(" "),
    ...lines,
  ].join("\n");
}

export type Machine = { cpus: number; cpuModel: string; memGiB: number; node: string; postgres: string };

export function machine(postgres: string): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memGiB: round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
  };
}

type Run = { runs: number; warmup: number; sizes: SizeResult[]; growth: Growth[]; machine: Machine };

const timing = (t: { p50: number; p95: number }) => ({ p50: round(t.p50), p95: round(t.p95) });

/** A markdown table with its columns padded, as Biome formats it (so `biome check` accepts the file). */
function mdTable(header: string[], right: boolean[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (right[i] ? (cells[i] ?? "").padStart(w) : (cells[i] ?? "").padEnd(w))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)];
}

function markdown(date: string, run: Run): string {
  const m = run.machine;
  const ms = (n: number) => n.toFixed(1);
  const sections = run.sizes.flatMap((s) => [
    `## ${people(s.people)} people`,
    "",
    ...mdTable(
      ["procedure", "proc p50", "proc p95", "raw p50", "raw p95", "p95 ratio", "target (proc p95)"],
      [false, true, true, true, true, true, false],
      s.rows.map((r) => {
        const ratio = ratioOf(r);
        return [
          withoutSize(r.name),
          ms(r.procedure.p50),
          ms(r.procedure.p95),
          ms(r.raw.p50),
          ms(r.raw.p95),
          `${ratio.toFixed(2)}x${ratio > TARGET_RATIO ? " **over**" : ""}`,
          r.target === undefined ? "" : `<= ${r.target} ms (${r.procedure.p95 > r.target ? "**over**" : "within"})`,
        ];
      }),
    ),
    "",
  ]);
  const [g0] = run.growth;
  const growth = g0
    ? [
        `## Flat growth, ${people(g0.from.people)} to ${people(g0.to.people)} people`,
        "",
        `Procedure p95 at ${people(g0.to.people)} people / at ${people(g0.from.people)}; the manager's dashboard and` +
          ` the 1:1 page should stay within ${GROWTH_TARGET}x.`,
        "",
        ...mdTable(
          ["procedure", `p95 at ${people(g0.from.people)}`, `p95 at ${people(g0.to.people)}`, "growth", "target"],
          [false, true, true, true, false],
          run.growth.map((g) => [
            g.name,
            ms(g.from.p95),
            ms(g.to.p95),
            `${g.growth.toFixed(2)}x`,
            g.target === undefined ? "" : `<= ${g.target}x (${g.growth > g.target ? "**over**" : "within"})`,
          ]),
        ),
        "",
      ]
    : [];
  return [
    `# npm run bench -- --large: ${date}`,
    "",
    `${m.cpus} CPUs (${m.cpuModel}), ${m.memGiB} GiB, Node ${m.node}, ${m.postgres}.`,
    "",
    `${run.runs} runs per side, procedure and raw SQL interleaved, after ${run.warmup} warm-up rounds (ms).` +
      ` Target: procedure p95 / raw SQL p95 <= ${TARGET_RATIO}.`,
    "",
    ...sections,
    ...growth,
  ].join("\n");
}

/** Writes bench/results/<YYYY-MM-DD>.json and .md (UTC date), overwriting that day's; returns their paths. */
export async function writeResults(run: Run, now = new Date()): Promise<string[]> {
  const date = now.toISOString().slice(0, 10);
  const dir = path.resolve(import.meta.dirname, "../../bench/results");
  await mkdir(dir, { recursive: true });
  const json = {
    date,
    machine: run.machine,
    runs: run.runs,
    warmup: run.warmup,
    sizes: Object.fromEntries(
      run.sizes.map((s) => [
        String(s.people),
        s.rows.map((r) => ({
          name: withoutSize(r.name),
          procedure: timing(r.procedure),
          raw: timing(r.raw),
          ratio: round(ratioOf(r)),
          ...(r.target === undefined ? {} : { target: r.target }),
        })),
      ]),
    ),
    growth: run.growth.map((g) => ({
      ...g,
      from: { people: g.from.people, p95: round(g.from.p95) },
      to: { people: g.to.people, p95: round(g.to.p95) },
      growth: round(g.growth),
    })),
  };
  const [jsonFile, mdFile] = [path.join(dir, `${date}.json`), path.join(dir, `${date}.md`)];
  await writeFile(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(mdFile, markdown(date, run));
  return [jsonFile, mdFile];
}
