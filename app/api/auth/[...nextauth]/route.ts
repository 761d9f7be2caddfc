import NextAuth from "next-auth";
import { getAuthOptions } from "@/server/auth/options";
import { limitSignInEmail } from "@/server/auth/sign-in-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

const handler = (req: Request, ctx: Ctx) => NextAuth(req as never, ctx as never, getAuthOptions()) as Promise<Response>;

export const GET = handler;

export async function POST(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "signin/email") {
    const refused = await limitSignInEmail(req);
    if (refused) return refused;
  }
  return handler(req, ctx);
}
