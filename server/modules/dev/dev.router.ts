// Dev-only tools behind devProcedure (NOT_FOUND unless env.demoEnabled). Thin procedures.
import { z } from "zod";
import { devProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import { listOutbox } from "../../email/outbox";
import { ZOutboxEmail, ZOutboxQuery } from "./dev.schema";

export const devRouter = router({
  outbox: devProcedure
    .input(ZOutboxQuery)
    .output(z.array(ZOutboxEmail))
    .query(({ ctx, input }) => listOutbox(ctx.db, input)),
});
