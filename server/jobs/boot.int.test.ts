// pg-boss itself on the test database (a real server, or the embedded PGlite when no
// TEST_DATABASE_URL is set): it installs its schema, registers every schedule, runs the boot jobs
// and works a job sent to it with the real handler. Waits are on conditions with generous bounds.
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDb, type TestDb } from "../test/db";
import { createOrg, createPerson } from "../test/factories";
import { waitFor } from "../test/wait";
import { BOSS_SCHEMA, type Jobs, startJobs } from "./boot";
import { MATERIALIZE_MEETINGS } from "./materialize-meetings";
import { REFRESH_ADHERENCE } from "./refresh-adherence";
import { JOBS } from "./schedules";

let t: TestDb;
let jobs: Jobs | undefined;
const lines: string[] = [];
beforeAll(async () => {
  t = await setupTestDb();
  await t.reset();
});
afterAll(async () => {
  await jobs?.stop();
  await t.close();
});

async function finished(boss: PgBoss, name: string, id: string) {
  const job = await boss.getJobById(name, id);
  return job && (job.state === "completed" || job.state === "failed") ? job : null;
}

describe("pg-boss runtime", () => {
  it("boots on the test database, registers the schedules and works jobs with the real handlers", {
    timeout: 180_000,
  }, async () => {
    const org = await createOrg(t.db, { slug: "acme" });
    const manager = await createPerson(t.db, { organizationId: org.id, name: "Mia Manager", role: "MANAGER" });
    const report = await createPerson(t.db, { organizationId: org.id, name: "Raj Report", managerId: manager.id });

    jobs = await startJobs({ url: t.url, db: t.db, pollingIntervalSeconds: 0.5, log: (l) => lines.push(l) });
    const { boss } = jobs;
    expect(await boss.schemaVersion()).toBeGreaterThan(0);
    const schemas = await t.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = ${BOSS_SCHEMA}`;
    expect(schemas).toEqual([{ n: 1 }]);
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron]).sort()).toEqual(JOBS.map((j) => [j.name, j.cron]).sort());

    // The boot run: the pair nobody opened gets its cadence and meetings, the rollup its first refresh.
    await waitFor(
      "the boot materialize run",
      async () => lines.find((l) => l.startsWith(`${MATERIALIZE_MEETINGS} done`)),
      120_000,
    );
    expect(await t.db.meeting.count({ where: { reportId: report.id } })).toBeGreaterThan(7);
    await waitFor("the boot rollup refresh", () => t.db.rollupRefresh.findFirst(), 120_000);

    // A job sent by hand is worked by the same handler, and its result is stored. The queue is
    // "stately" (one waiting job at most), so send once nothing is waiting (a cron tick may race).
    const sent = await waitFor(
      "the refresh queue to accept a job",
      async () => (await boss.getQueueSize(REFRESH_ADHERENCE)) === 0 && (await boss.send(REFRESH_ADHERENCE, {})),
      120_000,
    );
    const job = await waitFor("the sent job", () => finished(boss, REFRESH_ADHERENCE, sent), 120_000);
    expect(job.state).toBe("completed");
    expect(job.output).toEqual({ asOf: expect.any(String) });
    expect(lines.filter((l) => l.includes("failed") || l.includes("pg-boss error"))).toEqual([]);

    await jobs.stop();
    jobs = undefined;
  });
});
