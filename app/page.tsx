import {
  ArrowRight,
  Award,
  Bell,
  CalendarHeart,
  CheckCheck,
  MessagesSquare,
  Repeat,
  Target,
  Users,
} from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { navItems } from "@/components/shell/nav-items";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Wordmark } from "@/components/shell/wordmark";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { getSessionUserId } from "@/server/auth/session";
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

/** What the product does, each tied to its section: an unbuilt one says so instead of selling it. */
const features = [
  {
    segment: "one-on-ones",
    icon: MessagesSquare,
    title: "1:1 cadences",
    text: "Weekly or biweekly cadences per manager–report pair, DST-correct in both people's time zones, with shared talking points, private notes and action items that carry over until done. Both people edit together, live.",
  },
  {
    segment: "people",
    icon: Users,
    title: "People and reporting lines",
    text: "A directory and org chart with manager chains and manager history, invitations, and HR adherence figures: who meets their reports, and which pairs are overdue.",
  },
  {
    segment: "competencies",
    icon: Target,
    title: "Competency frameworks",
    text: "Relationship skills as observable behaviours, each with its short-term result, a leader check and a rating scale; the research-based starter framework installs in one click., reviewed with evidence inside the 1:1, with each person's trends and a team heatmap.",
  },
  {
    segment: "recognition",
    icon: Award,
    title: "Recognition and milestones",
    text: "Public or private kudos tagged with a competency, reciprocity and one-way pairs, who has not been thanked lately, and birthdays, work anniversaries and custom milestones on one calendar with a private iCal feed.",
  },
  {
    segment: "settings",
    icon: Bell,
    title: "Nudges",
    text: "Gentle emails before a 1:1, when someone hasn't been recognised in a while, or a milestone is near, in each person's own time zone.",
  },
].map((f) => ({ ...f, built: navItems.find((n) => n.segment === f.segment)?.built ?? false }));

// Dynamic: a signed-in visitor is offered the app ("Open Rapport"), not a second sign-in.
export default async function LandingPage() {
  const signedIn = Boolean(await getSessionUserId());
  const open = { href: "/orgs", label: "Open Rapport" };
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b bg-background/80 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
          <Link href="/" className="rounded-md" aria-label="Rapport home">
            <Wordmark />
          </Link>
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <ButtonLink href={signedIn ? open.href : "/signin"} variant="secondary" size="sm">
              {signedIn ? open.label : "Sign in"}
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
                {signedIn ? (
                  <ButtonLink href={open.href} size="lg">
                    {open.label}
                    <ArrowRight aria-hidden />
                  </ButtonLink>
                ) : (
                  <ButtonLink href="/signin" size="lg">
                    Try the demo
                    <ArrowRight aria-hidden />
                  </ButtonLink>
                )}
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
          <p className="mt-3 max-w-2xl text-muted-foreground">
            Rapport is being built in the open: what is marked “coming next” is not in the app yet.
          </p>
          <ul className="mt-10 grid gap-4 md:grid-cols-2">
            {features.map(({ icon: Icon, title, text, built }) => (
              <li key={title} className="rounded-xl border bg-surface p-6 shadow-card">
                <div className="flex items-center justify-between gap-3">
                  <span className="inline-flex size-10 items-center justify-center rounded-lg bg-brand-subtle text-brand-subtle-foreground">
                    <Icon aria-hidden className="size-5" />
                  </span>
                  {built ? <Badge variant="success">In the app</Badge> : <Badge variant="outline">Coming next</Badge>}
                </div>
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
              <p className="mt-2 max-w-xl">
                The demo organization comes with managers, reports and six months of 1:1s to explore. No setup needed.
              </p>
            </div>
            <Link
              href={signedIn ? open.href : "/signin"}
              className="inline-flex h-12 items-center gap-2 rounded-md bg-surface px-6 font-medium text-foreground shadow-card transition-colors hover:bg-muted"
            >
              {signedIn ? open.label : "Try the demo"}
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
