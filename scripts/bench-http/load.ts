// One HTTP load run of npm run bench:http: autocannon on one page at one concurrency, after a
// warm-up at the same concurrency whose numbers are dropped (the first renders fill Next's and
// Prisma's caches and the connection pool). autocannon reports p50, p97.5 and p99 but no p95, so
// the percentiles here come from every 2xx response time it emits (the same responses its own
// histogram counts), sorted: exact, and p50/p95/p99 from one source.
import autocannon from "autocannon";

export type LoadResult = {
  page: string;
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  /** Mean of autocannon's per-second samples. */
  rps: number;
  /** ms, 2xx responses. */
  latency: { mean: number; p50: number; p95: number; p99: number; max: number };
  /** Connection errors and timeouts (no answer within 10 s, autocannon's default). */
  errors: number;
  /** Of the errors. */
  timeouts: number;
  non2xx: number;
  /** Status code -> responses, when any answer was not 2xx. */
  statusCodes?: Record<string, number>;
};

/** The value at quantile q (0..1) of sorted values, nearest rank. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

type Run = { url: string; connections: number; seconds: number; cookie: string };

async function cannon({ url, connections, seconds, cookie }: Run) {
  const times: number[] = [];
  const instance = autocannon({ url, connections, duration: seconds, headers: { cookie } });
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) times.push(ms);
  });
  const result = await instance;
  return { result, times: times.sort((a, b) => a - b) };
}

export async function load(opts: {
  base: string;
  page: string;
  path: string;
  connections: number;
  seconds: number;
  warmup: number;
  cookie: string;
}): Promise<LoadResult> {
  const { base, page, path, connections, seconds, warmup, cookie } = opts;
  const url = `${base}${path}`;
  if (warmup > 0) await cannon({ url, connections, seconds: warmup, cookie });
  const { result, times } = await cannon({ url, connections, seconds, cookie });
  const round = (n: number) => Math.round(n * 10) / 10;
  const codes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const mean = times.reduce((a, b) => a + b, 0) / (times.length || 1);
  return {
    page,
    path,
    connections,
    seconds,
    requests: result.requests.total,
    rps: round(result.requests.mean),
    latency: {
      mean: round(mean),
      p50: round(quantile(times, 0.5)),
      p95: round(quantile(times, 0.95)),
      p99: round(quantile(times, 0.99)),
      max: round(times.at(-1) ?? Number.NaN),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ...(result.non2xx > 0 ? { statusCodes: codes } : {}),
  };
}
