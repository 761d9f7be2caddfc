// Reads back the EmailOutbox (the transport when RESEND_API_KEY is unset) for the dev outbox page,
// where people and e2e tests follow sign-in and invitation links without a real mailbox.
import type { Db } from "../db";

/** The 50 newest emails, optionally only those to one (normalized) address. */
export function listOutbox(db: Db, { to }: { to?: string }) {
  return db.emailOutbox.findMany({
    where: to ? { to } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, kind: true, createdAt: true },
  });
}
