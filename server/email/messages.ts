// One function per template: with send.ts, the only place that turns a React Email template into an
// email. Callers pass data, never markup, and each subject line sits next to its template.
import { createElement } from "react";
import InvitationEmail, { type InvitationEmailProps } from "../../emails/invitation";
import MagicLinkEmail from "../../emails/magic-link";
import type { DbHandle } from "../lib/context";
import { sendEmail } from "./send";

export function sendInvitationEmail(db: DbHandle, { to, ...props }: InvitationEmailProps & { to: string }) {
  return sendEmail(db, {
    to,
    subject: `${props.inviterName} invited you to ${props.orgName} on Rapport`,
    kind: "invitation",
    react: createElement(InvitationEmail, props),
  });
}

export function sendMagicLinkEmail(db: DbHandle, { to, url }: { to: string; url: string }) {
  return sendEmail(db, {
    to,
    subject: "Your sign-in link for Rapport",
    kind: "magic-link",
    react: createElement(MagicLinkEmail, { url, host: new URL(url).host }),
  });
}
