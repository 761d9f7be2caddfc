import { z } from "zod";
import { ZEmail } from "../../lib/validation";

/** ZEmail normalizes (trim, lowercase) the way addresses are stored in the outbox. */
export const ZOutboxQuery = z.object({ to: ZEmail.optional() });

export const ZOutboxEmail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: z.string(),
  createdAt: z.date(),
});
