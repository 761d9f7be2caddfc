// One-click demo sign-in that still goes through next-auth's own email callback, so it creates a
// real database session. Refused unless env.demoEnabled (dev/test, or DEMO_MODE=1). Routes call
// these directly, so they take the database handle themselves (routes never hold one).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "../db";
import { env } from "../env";
import { AppError } from "../lib/errors";

export async function demoAccounts() {
  if (!env.demoEnabled) return [];
  const rows = await getDb().membership.findMany({
    where: { status: "ACTIVE", organization: { slug: "northwind" } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { name: true, role: true, title: true, user: { select: { email: true } } },
  });
  const featured = ["hannah.reyes", "marcus.chen", "priya.patel", "elena.novak"];
  return rows
    .map((r) => ({ name: r.name, role: r.role, title: r.title, email: r.user.email }))
    .sort((a, b) => rank(a.email) - rank(b.email))
    .slice(0, 8);
  function rank(email: string) {
    const i = featured.findIndex((f) => email.startsWith(`${f}@`));
    return i === -1 ? featured.length : i;
  }
}

/** Returns the next-auth email-callback path that signs `email` in. */
export async function demoSignInPath(email: string, callbackUrl: string): Promise<string> {
  if (!env.demoEnabled) throw new AppError("NOT_FOUND", "Not found");
  const db = getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such demo account");
  const token = randomBytes(32).toString("hex");
  await db.verificationToken.create({
    data: {
      identifier: email,
      // next-auth 4 stores sha256(token + secret) and compares the same way.
      token: createHash("sha256").update(`${token}${env.authSecret}`).digest("hex"),
      expires: new Date(Date.now() + 5 * 60_000),
    },
  });
  const params = new URLSearchParams({ callbackUrl, token, email });
  return `/api/auth/callback/email?${params.toString()}`;
}
