// The part of autocannon 9's API that load.ts uses (the package ships no types).
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type Options = {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    headers?: Record<string, string>;
    /** Seconds per request before it counts as a timeout (default 10). */
    timeout?: number;
  };
  type Histogram = { mean: number; p50: number; p97_5: number; p99: number; max: number; total: number };
  type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    /** ms, over 2xx responses only. */
    latency: Histogram;
    /** Per-second samples; `total` counts the completed requests. */
    requests: Histogram & { sent: number };
  };
  type Instance = EventEmitter & PromiseLike<Result>;

  function autocannon(opts: Options): Instance;
  export default autocannon;
}
