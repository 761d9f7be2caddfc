// POST-only (a form on /signin) so a link elsewhere cannot sign a visitor in; 404 unless demo mode.
import { NextResponse } from "next/server";
import { z } from "zod";
import { isSameOrigin } from "@/server/api/trpc";
import { demoSignInPath } from "@/server/auth/demo";
import { env } from "@/server/env";
import { text, ZEmail } from "@/server/lib/validation";

const ZForm = z.object({
  email: ZEmail,
  callbackUrl: text({ max: 500, label: "The return address" })
    .refine((v) => v.startsWith("/"), "Must be a path")
    .default("/orgs"),
});

export async function POST(req: Request) {
  if (!env.demoEnabled || !isSameOrigin(req.headers)) return new NextResponse("Not found", { status: 404 });
  const form = await req.formData();
  const parsed = ZForm.safeParse({ email: form.get("email"), callbackUrl: form.get("callbackUrl") || undefined });
  if (!parsed.success) return NextResponse.json({ error: "Invalid demo account" }, { status: 400 });
  // Only app-relative callbacks: never an open redirect.
  const callbackUrl = parsed.data.callbackUrl.startsWith("//") ? "/orgs" : parsed.data.callbackUrl;
  try {
    const path = await demoSignInPath(parsed.data.email, callbackUrl);
    // A relative Location keeps the browser on the host it used (req.url may name another one).
    return new NextResponse(null, { status: 303, headers: { Location: path } });
  } catch {
    return new NextResponse("Not found", { status: 404 });
  }
}
