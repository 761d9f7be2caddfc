// Timing for npm run bench: a procedure and its raw SQL floor are sampled interleaved (alternating
// which goes first), so both see the same machine load; the figure that counts is their p95 ratio.

export type Timing = { p50: number; p95: number };
/** `target`: an absolute procedure p95 in ms that a case must also meet (an issue's figure), besides the ratio. */
export type Measured = { name: string; procedure: Timing; raw: Timing; target?: number };

/** Procedure p95 / raw SQL p95 at most this (absolute times differ ~3x between machines). */
export const TARGET_RATIO = 2;

export function percentiles(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

type Pair = { procedure: () => Promise<unknown>; raw: () => Promise<unknown>; target?: number };

/** Untimed rounds over every pair, so the first case measured is as warm (JIT, pools, plans) as the last. */
export async function warmUp(pairs: Pair[], rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    for (const p of pairs) {
      await p.procedure();
      await p.raw();
    }
  }
}

/**
 * `warmup` untimed rounds, then `runs` rounds of one sample each, the order flipping every round.
 * A pair's absolute target, if any, is passed through to the result so the table can show it.
 */
export async function sampleInterleaved(
  { procedure, raw, target }: Pair,
  opts: { runs: number; warmup: number },
): Promise<Omit<Measured, "name">> {
  await warmUp([{ procedure, raw }], opts.warmup);
  const p: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    if (i % 2 === 0) {
      p.push(await timed(procedure));
      r.push(await timed(raw));
    } else {
      r.push(await timed(raw));
      p.push(await timed(procedure));
    }
  }
  return { procedure: percentiles(p), raw: percentiles(r), ...(target === undefined ? {} : { target }) };
}

export const ratioOf = (m: Measured) => m.procedure.p95 / m.raw.p95;

export function formatTable(rows: Measured[]): string {
  const ms = (n: number) => n.toFixed(1).padStart(9);
  const width = Math.max(44, ...rows.map((m) => m.name.length));
  const header = [
    "procedure".padEnd(width),
    "proc p50".padStart(9),
    "proc p95".padStart(9),
    "raw p50".padStart(9),
    "raw p95".padStart(9),
    "p50 ratio".padStart(10),
    "p95 ratio".padStart(10),
  ].join(" ");
  const over = (m: Measured) => m.target !== undefined && m.procedure.p95 > m.target;
  const lines = rows.map((m) => {
    const ratio = ratioOf(m);
    return [
      m.name.padEnd(width),
      ms(m.procedure.p50),
      ms(m.procedure.p95),
      ms(m.raw.p50),
      ms(m.raw.p95),
      `${(m.procedure.p50 / m.raw.p50).toFixed(2)}x`.padStart(10),
      `${ratio.toFixed(2)}x`.padStart(10),
      (ratio > TARGET_RATIO ? " (over target)" : "") + (over(m) ? ` (over ${m.target} ms)` : ""),
    ].join(" ");
  });
  // Absolute targets are per machine class (the figure, on 2 cores): listed under the table.
  const absolute = rows.flatMap((m) =>
    m.target === undefined
      ? []
      : [
          `  ${m.name}: procedure p95 ${m.procedure.p95.toFixed(1)} ms, target <= ${m.target} ms on 2 cores` +
            ` (${over(m) ? "over" : "within"})`,
        ],
  );
  return [header, ...lines, ...(absolute.length ? ["", "Absolute targets:", ...absolute] : [])].join("\n");
}
