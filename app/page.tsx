import { ArrowRight, Award, Bell, CalendarHeart, CheckCheck, MessagesSquare, Repeat, Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Wordmark } from "@/components/shell/wordmark";
import { ButtonLink } from "@/components/ui/button";
import { ProductPreview } from "./_components/product-preview";

export const metadata: Metadata = {
  title: { absolute: "Rapport: build strong working relationships on purpose" },
};

const habits = [
  {
    icon: Repeat,
    title: "Regular, no-agenda 1:1s",
    text: "A steady rhythm of short check-ins builds a trust baseline that a quarterly review never will.",
  },
  {
    icon: CheckCheck,
    title: "Follow-through",
    text: "Closing the loop on what you said you'd do is the fastest way to be seen as reliable.",
  },
  {
    icon: Award,
    title: "Specific recognition",
    text: "“Thanks for untangling the release on Friday” lands; “great job” fades. Say what, and why it mattered.",
  },
  {
    icon: CalendarHeart,
    title: "Remembering milestones",
    text: "Birthdays and work anniversaries, noticed on the day, tell people they are seen as people.",
  },
];

const features = [
  {
    icon: Target,
    title: "Competency frameworks",
    text: "Describe relationship skills as observable behaviours with a leader check and a rating scale. A research-based starter framework ships ready to adapt.",
  },
  {
    icon: MessagesSquare,
    title: "1:1 cadences",
    text: "Weekly or biweekly cadences per manager–report pair, with shared talking points, private notes and action items that carry over.",
  },
  {
    icon: Award,
    title: "Recognition",
    text: "Public or private kudos tagged with a competency, plus birthdays, work anniversaries and custom milestones on one calendar.",
  },
  {
    icon: Bell,
    title: "Nudges",
    text: "Gentle emails before a 1:1, when someone hasn't been recognised in a while, or a milestone is near. Sent in each person's own time zone, quiet hours respected.",
  },
];

export default function LandingPage() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b bg-background/80 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <Link href="/" className="rounded-md" aria-label="Rapport home">
            <Wordmark />
          </Link>
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <ButtonLink href="/signin" variant="secondary" size="sm">
              Sign in
            </ButtonLink>
          </div>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="flex-1">
        <section className="relative overflow-hidden">
          <div
            aria-hidden
            className="pointer-events-none absolute inset-x-0 -top-40 -z-10 h-[32rem] bg-[radial-gradient(ellipse_at_top,var(--color-brand-subtle),transparent_65%)]"
          />
          <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 md:py-24 lg:grid-cols-[1.1fr_1fr]">
            <div>
              <p className="mb-4 inline-flex items-center gap-2 rounded-full border bg-surface px-3 py-1 text-xs font-medium text-muted-foreground">
                <span aria-hidden className="size-1.5 rounded-full bg-accent" />
                For HR teams and the people who lead
              </p>
              <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
                Build strong working relationships <span className="text-brand">on purpose</span>
              </h1>
              <p className="mt-5 max-w-xl text-lg leading-relaxed text-muted-foreground text-pretty">
                Rapport turns the small habits that build trust into a rhythm your whole organization can keep: 1:1s
                that happen, thanks that are specific, and milestones nobody forgets.
              </p>
              <div className="mt-8 flex flex-wrap gap-3">
                <ButtonLink href="/signin" size="lg">
                  Try the demo
                  <ArrowRight aria-hidden />
                </ButtonLink>
                <ButtonLink href="/signin" size="lg" variant="secondary">
                  Sign in
                </ButtonLink>
              </div>
            </div>
            <ProductPreview />
          </div>
        </section>

        <section aria-labelledby="research" className="border-y bg-surface">
          <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 md:py-20">
            <div className="max-w-2xl">
              <h2 id="research" className="text-3xl font-semibold tracking-tight text-balance">
                Trust grows from small, consistent acts
              </h2>
              <p className="mt-4 text-muted-foreground leading-relaxed">
                Research on workplace relationships keeps finding the same thing: grand gestures matter less than
                ordinary ones repeated. People trust leaders who show up, follow through, and notice.
              </p>
            </div>
            <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {habits.map(({ icon: Icon, title, text }) => (
                <li key={title}>
                  <Icon aria-hidden className="size-5 text-accent" />
                  <h3 className="mt-3 font-semibold">{title}</h3>
                  <p className="mt-1.5 text-sm leading-relaxed text-muted-foreground">{text}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section aria-labelledby="features" className="mx-auto max-w-6xl px-4 py-16 sm:px-6 md:py-24">
          <h2 id="features" className="max-w-2xl text-3xl font-semibold tracking-tight text-balance">
            Everything a relationship needs, in the week it needs it
          </h2>
          <ul className="mt-10 grid gap-4 md:grid-cols-2">
            {features.map(({ icon: Icon, title, text }) => (
              <li key={title} className="rounded-xl border bg-surface p-6 shadow-card">
                <span className="inline-flex size-10 items-center justify-center rounded-lg bg-brand-subtle text-brand-subtle-foreground">
                  <Icon aria-hidden className="size-5" />
                </span>
                <h3 className="mt-4 text-lg font-semibold">{title}</h3>
                <p className="mt-2 text-sm leading-relaxed text-muted-foreground">{text}</p>
              </li>
            ))}
          </ul>
        </section>

        <section className="mx-auto max-w-6xl px-4 pb-20 sm:px-6">
          <div className="flex flex-col items-start justify-between gap-6 rounded-2xl bg-brand px-8 py-10 text-brand-foreground md:flex-row md:items-center">
            <div>
              <h2 className="text-2xl font-semibold tracking-tight">See it with a real-looking team</h2>
              <p className="mt-2 max-w-xl opacity-90">
                The demo organization comes with managers, reports, 1:1s and kudos to explore. No setup needed.
              </p>
            </div>
            <Link
              href="/signin"
              className="inline-flex h-12 items-center gap-2 rounded-md bg-surface px-6 font-medium text-foreground shadow-card transition-colors hover:bg-muted"
            >
              Try the demo
              <ArrowRight aria-hidden className="size-4" />
            </Link>
          </div>
        </section>
      </main>

      <footer className="border-t">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-muted-foreground sm:px-6">
          <Wordmark className="text-muted-foreground" />
          <p>Small, consistent acts. On purpose.</p>
        </div>
      </footer>
    </div>
  );
}
