// The app under load for npm run bench:http: the database it runs on, the built app started as
// `npm start` does (scripts/run.ts start, which applies migrations and seeds the demo org into an
// empty database; pg-boss jobs off unless JOBS_IN_WEB says otherwise) in its own process group so
// that stopping it stops next's server too, and a next-auth session of the subject through the
// demo sign-in (DEMO_MODE=1).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");

/** A fresh database on the server of TEST_DATABASE_URL (or DATABASE_URL), and how to drop it. */
export async function freshDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!server)
    throw new Error("Set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server to create the database on");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const name = `rapport_http_${stamp}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export type App = { base: string; stop: () => Promise<void>; output: () => string };

/** Starts the production build on `port` and resolves once it answers; rejects if it exits first. */
export async function startApp(databaseUrl: string, port: number, timeoutMs: number): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  const args = ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/run.ts", "start"];
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true, // its own process group: run.ts -> scripts/server.ts
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DEMO_MODE: "1",
      NODE_ENV: "production",
      PORT: String(port),
      NEXTAUTH_URL: base,
      // The web tier alone (as behind `npm run worker`): no job competes with the pages for the CPU,
      // and none writes to a large database the in-process bench reuses. JOBS_IN_WEB=1 measures both.
      JOBS_IN_WEB: process.env.JOBS_IN_WEB ?? "0",
    },
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const app = { base, stop: () => stop(child), output: () => lines.join("\n") };
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}):\n${app.output()}`);
    const up = await fetch(`${base}/signin`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return app;
    await new Promise((r) => setTimeout(r, 500));
  }
  await app.stop();
  throw new Error(`npm start did not answer on ${base} within ${timeoutMs / 1000} s:\n${app.output()}`);
}

/** SIGTERM to the whole group (run.ts and the server under it), SIGKILL after 10 s. */
async function stop(child: ChildProcess) {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pid, s);
    } catch {
      // The group is gone already.
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  signal("SIGKILL"); // anything of the group still left behind
}

/** The Cookie header of a demo sign-in as `email`: the redirect chain followed by hand, cookies kept. */
export async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const cookie = () => Array.from(jar, ([k, v]) => `${k}=${v}`).join("; ");
  const keep = (r: Response) => {
    for (const c of r.headers.getSetCookie()) {
      const [pair = ""] = c.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  };
  let response = await fetch(`${base}/api/demo-sign-in`, {
    method: "POST",
    headers: { origin: base },
    body: new URLSearchParams({ email, callbackUrl: "/robots.txt" }),
    redirect: "manual",
  });
  for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 5; hops++) {
    keep(response);
    const location = response.headers.get("location");
    if (!location) break;
    response = await fetch(new URL(location, base), { headers: { cookie: cookie() }, redirect: "manual" });
  }
  keep(response);
  if (!response.ok) throw new Error(`demo sign-in as ${email}: ended on ${response.status} ${response.url}`);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token")))
    throw new Error(`demo sign-in as ${email}: no session cookie (got ${[...jar.keys()].join(", ") || "none"})`);
  return cookie();
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** Throws unless GET `path` with the cookie is a 200 page for `name`, not the sign-in page. */
export async function checkSignedIn(base: string, path: string, cookie: string, name: string) {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} as ${name}: ${response.status}, expected 200`);
  if (html.includes('action="/api/demo-sign-in"')) throw new Error(`GET ${path} as ${name}: the sign-in page`);
  if (!html.includes(name) && !html.includes(escapeHtml(name)))
    throw new Error(`GET ${path}: the page does not name ${name}; signed in as someone else?`);
}
