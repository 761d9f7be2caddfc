// The results of npm run bench:http: one markdown table per part (HTTP load, first-load JS,
// Lighthouse) and the targets of issue 10 marked met or not met (benchmarks, never tests: a missed
// target is reported, not failed), printed and written to bench/results/<date>-http.json and .md
// (the local date; a second run the same day overwrites both) with the machine, like ../bench/results.ts.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Machine } from "../bench/results";
import { kib, type Weight } from "../weigh";
import type { LighthouseResult } from "./lighthouse";
import type { LoadResult } from "./load";

export const TARGETS = { dashboardP99Ms: 250, dashboardJsBytes: 200_000, performance: 90 } as const;

export type Part<T> = { ok: T } | { error: string };
export type Target = { name: string; value: string; met: boolean };
export type Run = {
  date: string;
  dataset: string;
  subject: { email: string; name: string; org: string; dashboard: string; oneOnOne: string };
  machine: Machine;
  seconds: number;
  warmup: number;
  load: Part<LoadResult[]>;
  weights: Part<Weight[]>;
  lighthouse: Part<LighthouseResult[]>;
};

/** autocannon's errors include its timeouts. */
const failures = (r: LoadResult) => r.errors + r.non2xx;
const ms = (n: number) => n.toFixed(1);

export function targetsOf(run: Run): Target[] {
  const targets: Target[] = [];
  if ("ok" in run.load) {
    for (const c of [10, 50]) {
      const rows = run.load.ok.filter((r) => r.connections === c);
      const failed = rows.reduce((a, r) => a + failures(r), 0);
      if (rows.length) targets.push({ name: `zero errors at c=${c}`, value: `${failed} errors`, met: failed === 0 });
    }
    const dash = run.load.ok.find((r) => r.page === "dashboard" && r.connections === 10);
    if (dash)
      targets.push({
        name: `dashboard p99 < ${TARGETS.dashboardP99Ms} ms at c=10`,
        value: `${ms(dash.latency.p99)} ms`,
        met: dash.latency.p99 < TARGETS.dashboardP99Ms,
      });
  }
  const js = "ok" in run.weights ? run.weights.ok.find((w) => w.route === "/[org]/dashboard") : undefined;
  if (js)
    targets.push({
      name: `dashboard first-load JS <= ${TARGETS.dashboardJsBytes / 1000} kB compressed`,
      value: `${(js.bytes / 1000).toFixed(1)} kB (${kib(js.bytes)})`,
      met: js.bytes <= TARGETS.dashboardJsBytes,
    });
  for (const l of "ok" in run.lighthouse ? run.lighthouse.ok : [])
    targets.push({
      name: `Lighthouse performance >= ${TARGETS.performance} (${l.preset})`,
      value: String(l.performance),
      met: l.performance >= TARGETS.performance,
    });
  return targets;
}

/** A markdown table with its columns padded (as Biome formats one). */
function mdTable(header: string[], right: boolean[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    `| ${widths.map((w, i) => (right[i] ? (cells[i] ?? "").padStart(w) : (cells[i] ?? "").padEnd(w))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

const failed = (part: { error: string }) => `Failed: ${part.error.split("\n")[0]}`;

export function loadTable(part: Run["load"]): string {
  if ("error" in part) return failed(part);
  return mdTable(
    ["page", "c", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "of them timeouts", "non-2xx"],
    [false, true, true, true, true, true, true, true, true, true, true],
    part.ok.map((r) => [
      r.page,
      String(r.connections),
      String(r.requests),
      r.rps.toFixed(1),
      ms(r.latency.p50),
      ms(r.latency.p95),
      ms(r.latency.p99),
      ms(r.latency.max),
      String(r.errors),
      String(r.timeouts),
      r.non2xx ? `${r.non2xx} (${Object.keys(r.statusCodes ?? {}).join(", ")})` : "0",
    ]),
  );
}

export function weightsTable(part: Run["weights"]): string {
  if ("error" in part) return failed(part);
  return mdTable(
    ["route", "scripts", "first-load JS (compressed)", "loaded later (lazy)"],
    [false, true, true, true],
    part.ok.map((w) => [
      w.route,
      String(w.count),
      kib(w.bytes),
      w.lazyCount ? `${w.lazyCount} · ${kib(w.lazyBytes)}` : "—",
    ]),
  );
}

export function lighthouseTable(part: Run["lighthouse"]): string {
  if ("error" in part) return failed(part);
  return mdTable(
    ["preset", "performance", "FCP ms", "LCP ms", "TBT ms", "CLS"],
    [false, true, true, true, true, true],
    part.ok.map((l) => [l.preset, String(l.performance), String(l.fcp), String(l.lcp), String(l.tbt), String(l.cls)]),
  );
}

export function targetsTable(targets: Target[]): string {
  return mdTable(
    ["target", "measured", "result"],
    [false, true, false],
    targets.map((t) => [t.name, t.value, t.met ? "met" : "**not met**"]),
  );
}

export function markdown(run: Run): string {
  const m = run.machine;
  return [
    `# npm run bench:http: ${run.date}, ${run.dataset}`,
    "",
    `${m.cpus} CPUs (${m.cpuModel}), ${m.memGiB} GiB, Node ${m.node}, ${m.postgres}.`,
    "",
    `The production build (\`npm start\`) signed in as ${run.subject.name} (${run.subject.email}):`,
    "",
    `- dashboard: \`${run.subject.dashboard}\``,
    `- 1:1 page: \`${run.subject.oneOnOne}\``,
    "",
    `## HTTP load (autocannon, ${run.seconds} s per row after a ${run.warmup} s warm-up)`,
    "",
    "Latency of the 2xx responses, whole page (HTML streamed to its end).",
    "",
    loadTable(run.load),
    "",
    "## First-load JavaScript (a cold Chromium, compressed bytes of the scripts the HTML names)",
    "",
    weightsTable(run.weights),
    "",
    "## Lighthouse 12, dashboard (mobile: the default preset; desktop: its desktop config)",
    "",
    lighthouseTable(run.lighthouse),
    "",
    "## Targets",
    "",
    targetsTable(targetsOf(run)),
    "",
  ].join("\n");
}

/** Writes bench/results/<date>-http.json and .md; returns their paths. */
export async function writeResults(run: Run): Promise<string[]> {
  const dir = path.resolve(import.meta.dirname, "../../bench/results");
  await mkdir(dir, { recursive: true });
  const suffix = run.dataset === "demo" ? "http" : `http-${run.dataset}`;
  const [jsonFile, mdFile] = [path.join(dir, `${run.date}-${suffix}.json`), path.join(dir, `${run.date}-${suffix}.md`)];
  await writeFile(jsonFile, `${JSON.stringify({ ...run, targets: targetsOf(run) }, null, 2)}\n`);
  await writeFile(mdFile, markdown(run));
  return [jsonFile, mdFile];
}
