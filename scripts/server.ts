// The production web server (`npm start` runs it through scripts/run.ts): Next's request handler
// behind a plain Node HTTP server, so that forwarded headers are made trustworthy before the app
// reads them (server/lib/forwarded.ts; TRUSTED_PROXY_HOPS, default 0 = no proxy in front).
// `next dev` stays as it is: a development server is never exposed.
import { createServer } from "node:http";
import next from "next";
import { env } from "../server/env";
import { trustForwardedHeaders } from "../server/lib/forwarded";

const port = Number(process.env.PORT ?? 3000);
const hostname = "0.0.0.0"; // all interfaces, like `next start`

async function main() {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    trustForwardedHeaders(req.headers, req.socket.remoteAddress, env.TRUSTED_PROXY_HOPS);
    void handle(req, res);
  });
  server.listen(port, hostname, () => {
    console.log(`  ▲ Next.js production server on http://localhost:${port}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      // Keep-alive connections would hold close() open; give in-flight requests a moment.
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
