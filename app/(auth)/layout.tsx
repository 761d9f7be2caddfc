import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center bg-background px-4 py-12">
      {/* In a landmark like everything else on the page (axe: region). */}
      <header className="mb-8">
        <Link href="/" className="font-semibold text-2xl text-brand tracking-tight">
          Rapport
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="w-full max-w-md">
        {children}
      </main>
    </div>
  );
}
