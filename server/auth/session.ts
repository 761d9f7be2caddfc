import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { getAuthOptions } from "./options";

/** The signed-in user's id in a server component, route handler or tRPC context; null if none. */
export async function getSessionUserId(): Promise<string | null> {
  // Reading cookies first marks the page dynamic, so `next build` never prerenders a session page.
  await cookies();
  const session = await getServerSession(getAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ?? null;
}
