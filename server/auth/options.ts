// next-auth 4: email magic link (sent through server/email), database sessions via Prisma.
import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import type { EmailConfig } from "next-auth/providers/email";
import { getDb } from "../db";
import { sendMagicLinkEmail } from "../email/messages";
import { env } from "../env";
import { normalizeEmail } from "../lib/validation";

import { secureCookiesFor } from "./cookies";

const useSecureCookies = secureCookiesFor(env.appUrl, env.isProduction);

// Built by hand instead of next-auth/providers/email, which requires nodemailer at import time.
const emailProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  server: "",
  from: env.EMAIL_FROM,
  maxAge: 24 * 60 * 60,
  options: {},
  normalizeIdentifier(identifier) {
    const email = normalizeEmail(identifier);
    if (!email) throw new Error("Invalid email address");
    return email;
  },
  async sendVerificationRequest({ identifier, url }) {
    await sendMagicLinkEmail(getDb(), { to: identifier, url });
  },
};

let options: NextAuthOptions | undefined;

/** Lazy so that importing auth never needs a database (next build collects route modules). */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    adapter: PrismaAdapter(getDb() as never) as Adapter,
    secret: env.authSecret,
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers: [emailProvider],
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    useSecureCookies,
    callbacks: {
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
    },
  };
  return options;
}
