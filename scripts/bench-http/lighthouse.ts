// Lighthouse 12 (performance category only) on one page of npm run bench:http, in Debian's Chromium
// (CHROMIUM_PATH) started by chrome-launcher, which comes with lighthouse. Signed in by sending the
// session cookie with every request (extraHeaders). Two presets: Lighthouse's default (a mid-range
// phone on slow 4G, simulated throttling) and its desktop config. A fresh browser per run, so
// nothing is cached from the run before.
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";

export type Preset = "mobile" | "desktop";
export type LighthouseResult = {
  preset: Preset;
  url: string;
  /** 0–100. */
  performance: number;
  /** ms, except CLS (unitless). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's warnings about the run (e.g. a page that redirected), if any. */
  warnings: string[];
};

export async function runLighthouse(url: string, cookie: string, preset: Preset): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
    logLevel: "silent",
  });
  try {
    const flags = {
      port: chrome.port,
      output: "json" as const,
      logLevel: "error" as const,
      onlyCategories: ["performance"],
      extraHeaders: { Cookie: cookie },
    };
    const run = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
    if (!run) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = lhr.categories.performance?.score;
    if (score === null || score === undefined)
      throw new Error(`lighthouse scored no performance for ${url}: ${lhr.runWarnings.join("; ")}`);
    const value = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      if (v === undefined) throw new Error(`lighthouse: no ${id} for ${url}`);
      return v;
    };
    return {
      preset,
      url: lhr.finalDisplayedUrl,
      performance: Math.round(score * 100),
      fcp: Math.round(value("first-contentful-paint")),
      lcp: Math.round(value("largest-contentful-paint")),
      tbt: Math.round(value("total-blocking-time")),
      cls: Math.round(value("cumulative-layout-shift") * 1000) / 1000,
      warnings: lhr.runWarnings,
    };
  } finally {
    chrome.kill();
  }
}
