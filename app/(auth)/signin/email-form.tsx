"use client";
// Posts to next-auth's email sign-in endpoint ourselves (instead of next-auth/react's signIn) so a
// 429 from the rate limiter and its Retry-After reach the user as a clear message.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const email = String(new FormData(e.currentTarget).get("email") ?? "");
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const res = await fetch("/api/auth/signin/email", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email, csrfToken, callbackUrl, json: "true" }),
      });
      const body = (await res.json().catch(() => ({}))) as { url?: string; error?: string };
      if (!res.ok) {
        setError(body.error ?? "Could not send the sign-in email. Try again.");
        return;
      }
      if (body.url?.includes("error=")) {
        setError("That email address cannot be used to sign in.");
        return;
      }
      router.push(`/signin/check-email?email=${encodeURIComponent(email)}`);
    } catch {
      setError("Network error. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field label="Work email" error={error ?? undefined} required>
        <Input name="email" type="email" autoComplete="email" placeholder="you@company.com" required />
      </Field>
      <Button type="submit" className="w-full" loading={pending}>
        Email me a sign-in link
      </Button>
    </form>
  );
}
