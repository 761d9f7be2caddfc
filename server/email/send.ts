// The only importer of resend. Every email is first written to EmailOutbox (so a crash after the
// row exists resends nothing twice: the row id is Resend's idempotency key). Without
// RESEND_API_KEY the outbox is the transport and /dev/outbox lists it.
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { Resend } from "resend";
import { env } from "../env";
import type { DbHandle } from "../lib/context";

export type OutgoingEmail = { to: string; subject: string; react: ReactElement; kind: string };

let resend: Resend | undefined;
function client(): Resend | undefined {
  if (!env.RESEND_API_KEY) return undefined;
  resend ??= new Resend(env.RESEND_API_KEY);
  return resend;
}

export async function sendEmail(db: DbHandle, email: OutgoingEmail): Promise<{ id: string }> {
  const [html, text] = await Promise.all([render(email.react), render(email.react, { plainText: true })]);
  const row = await db.emailOutbox.create({
    data: { to: email.to, subject: email.subject, html, text, kind: email.kind },
    select: { id: true },
  });
  const resendClient = client();
  if (!resendClient) {
    await db.emailOutbox.update({ where: { id: row.id }, data: { sentAt: new Date() } });
    return row;
  }
  const { data, error } = await resendClient.emails.send(
    { from: env.EMAIL_FROM, to: email.to, subject: email.subject, html, text },
    { idempotencyKey: `email/${row.id}` },
  );
  await db.emailOutbox.update({
    where: { id: row.id },
    data: error ? { error: error.message } : { sentAt: new Date(), providerId: data?.id ?? null },
  });
  if (error) throw new Error(`Email could not be sent: ${error.message}`);
  return row;
}
