import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { demoAccounts } from "@/server/auth/demo";
import { getSessionUserId } from "@/server/auth/session";
import { EmailSignInForm } from "./email-form";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  EmailSignin: "We could not send the sign-in email. Try again in a moment.",
  AccessDenied: "You do not have access.",
};

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl: rawCallback, error } = await searchParams;
  const callbackUrl = rawCallback?.startsWith("/") && !rawCallback.startsWith("//") ? rawCallback : "/orgs";
  if (await getSessionUserId()) redirect(callbackUrl);
  const demo = await demoAccounts();
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle as="h1">Sign in to Rapport</CardTitle>
          <CardDescription>We email you a one-time link. No password to remember.</CardDescription>
        </CardHeader>
        <CardContent>
          {error && (
            <p
              role="alert"
              className="mb-4 rounded-md bg-danger-subtle px-3 py-2 text-danger-subtle-foreground text-sm"
            >
              {ERRORS[error] ?? "Sign-in failed. Try again."}
            </p>
          )}
          <EmailSignInForm callbackUrl={callbackUrl} />
        </CardContent>
      </Card>
      {demo.length > 0 && (
        <Card>
          <CardHeader>
            <CardTitle as="h2">Demo accounts</CardTitle>
            <CardDescription>One click signs you in as a person of the Northwind Labs demo org.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="divide-y divide-border">
              {demo.map((a) => (
                <li key={a.email}>
                  <form
                    action="/api/demo-sign-in"
                    method="post"
                    className="flex items-center justify-between gap-3 py-2"
                  >
                    <input type="hidden" name="email" value={a.email} />
                    <input type="hidden" name="callbackUrl" value={callbackUrl} />
                    <div className="min-w-0">
                      <p className="truncate font-medium text-sm">{a.name}</p>
                      <p className="truncate text-muted-foreground text-xs">{a.title ?? a.email}</p>
                    </div>
                    <div className="flex shrink-0 items-center gap-2">
                      <Badge variant={a.role === "ADMIN" ? "accent" : a.role === "MANAGER" ? "brand" : "neutral"}>
                        {a.role === "ADMIN" ? "HR admin" : a.role.toLowerCase()}
                      </Badge>
                      <button
                        type="submit"
                        className="rounded-md border border-input px-3 py-1.5 font-medium text-sm hover:bg-muted"
                        aria-label={`Sign in as ${a.name}`}
                      >
                        Sign in
                      </button>
                    </div>
                  </form>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
