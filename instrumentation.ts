// Next.js calls register() once per server process when it starts (never during `next build`).
// It starts the job runtime (server/jobs/web.ts) in the Node.js runtime only. The import is lazy,
// so loading this file touches no database and the edge bundle carries none of it.
export async function register() {
  // NEXT_RUNTIME is not configuration but a constant Next inlines per bundle, which is what lets
  // the edge copy drop the import below; hence read here rather than through server/env.ts.
  // biome-ignore lint/style/noProcessEnv: a build-time constant of Next, not configuration (see above).
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobsInWeb } = await import("./server/jobs/web");
  await startJobsInWeb();
}
