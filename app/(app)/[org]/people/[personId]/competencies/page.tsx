// A person's competencies: the latest level of each with its date, now vs three months ago and
// each competency over time (charts with tables), and the evidence timeline — the last only for
// those who may read the pair's 1:1 content; an HR admin sees levels without evidence.
import { ChevronRight, Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { LevelPill } from "@/components/competencies/level";
import { shortDate } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { api, currentUser, orNotFound } from "@/server/api/rsc";
import { LevelTrends } from "./level-trends";

type Props = { params: Promise<{ org: string; personId: string }> };

const load = cache(async (org: string, personId: string) => (await api()).competencies.person({ org, personId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, personId } = await params;
  const data = await load(org, personId).catch(() => null);
  return { title: data ? `${data.person.name} · Competencies` : "Page not found" };
}

const BEFORE = "3 months ago";

/** "Up from Developing", "No change", "New since then": the change since three months ago, in words. */
function change(latest: { rating: number } | null, before: { rating: number; label: string } | null) {
  if (!latest) return "—";
  if (!before) return "New since then";
  if (latest.rating === before.rating) return "No change";
  return `${latest.rating > before.rating ? "Up" : "Down"} from ${before.label}`;
}

/** Evidence shown at once; the rest folds behind "Show N earlier". */
const RECENT = 8;

type Entry = NonNullable<Awaited<ReturnType<typeof load>>["timeline"]>[number];

function EvidenceItem({ entry, org, zone, levels }: { entry: Entry; org: string; zone: string; levels: number }) {
  return (
    <li className="border-l-2 pl-4">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{entry.name}</span>
        {entry.rating !== null && entry.ratingLabel && (
          <LevelPill rating={entry.rating} label={entry.ratingLabel} levels={levels} />
        )}
        <Badge variant="outline">{entry.kind === "SELF" ? "Self-assessment" : "Manager's review"}</Badge>
        {entry.changed && (
          <Badge variant="accent" title={`Rated on version ${entry.version}; the framework has changed since`}>
            Text changed since
          </Badge>
        )}
        <Link
          href={`/${org}/one-on-ones/${entry.meetingId}`}
          className="text-muted-foreground underline underline-offset-4 hover:text-foreground"
        >
          {shortDate(entry.at, zone)}
          <span className="sr-only"> 1:1</span>
        </Link>
      </div>
      {entry.observed.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-muted-foreground text-sm" aria-label="Behaviours observed">
          {entry.observed.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      {entry.evidence && <p className="mt-1 whitespace-pre-line text-sm">{entry.evidence}</p>}
    </li>
  );
}

export default async function PersonCompetenciesPage({ params }: Props) {
  const { org, personId } = await params;
  const [data, user] = await orNotFound(Promise.all([load(org, personId), currentUser()]));
  const mine = user?.orgs.find((o) => o.slug === org);
  const zone = mine?.myTimeZone ?? data.person.timeZone;
  const isMe = mine?.membershipId === data.person.id;
  const levels = data.framework?.scale.length ?? 4;
  const anyRated = data.competencies.some((c) => c.points.length > 0);
  const whose = isMe ? "your" : `${data.person.name}'s`;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-muted-foreground text-sm">
        <Link href={`/${org}/people`} className="hover:text-foreground">
          People
        </Link>
        <ChevronRight aria-hidden className="mx-1 inline size-3" />
        <Link href={`/${org}/people/${data.person.id}`} className="hover:text-foreground">
          {data.person.name}
        </Link>
        <ChevronRight aria-hidden className="mx-1 inline size-3" />
        <span aria-current="page">Competencies</span>
      </nav>
      <PageHeader
        title={isMe ? "Your competencies" : `${data.person.name}'s competencies`}
        description={
          data.framework
            ? `Rated on ${data.framework.name} by their manager in 1:1s. A level counts once it is shared.`
            : undefined
        }
        actions={
          data.framework ? (
            <ButtonLink href={`/${org}/competencies/${data.framework.id}`} variant="secondary">
              The framework
            </ButtonLink>
          ) : undefined
        }
      />

      {data.competencies.length === 0 ? (
        <EmptyState icon={Target} title="No competencies yet">
          {mine?.role === "ADMIN"
            ? "Install the starter framework on the Competencies page; managers then review it in their 1:1s."
            : "Once an HR admin sets up a competency framework, managers review it with you in your 1:1s and the levels show here."}
        </EmptyState>
      ) : (
        <>
          <Card>
            <CardHeader>
              <CardTitle>Latest levels</CardTitle>
              <CardDescription>
                Levels not reviewed in 90 days are marked; pick those in the next 1:1 to keep them current.
              </CardDescription>
            </CardHeader>
            <CardContent className="relative overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">The latest level of each competency</caption>
                <thead>
                  <tr className="border-b text-left text-muted-foreground">
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Competency
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Level
                    </th>
                    <th scope="col" className="py-2 pr-3 font-medium">
                      Shared
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Since {BEFORE}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.competencies.map((c) => (
                    <tr key={c.id} className="border-b last:border-0">
                      <th scope="row" className="py-2 pr-3 text-left font-normal">
                        {c.name}
                        {!c.inFramework && (
                          <span className="block text-muted-foreground text-xs">No longer in the framework</span>
                        )}
                      </th>
                      <td className="py-2 pr-3">
                        {c.latest ? (
                          <LevelPill rating={c.latest.rating} label={c.latest.label} levels={levels} />
                        ) : (
                          <span className="text-muted-foreground">Not reviewed yet</span>
                        )}
                      </td>
                      <td className="whitespace-nowrap py-2 pr-3">
                        {c.latest ? shortDate(c.latest.at, zone) : "—"}
                        {c.latest?.stale && (
                          <Badge variant="warning" className="ml-2">
                            Over 90 days
                          </Badge>
                        )}
                      </td>
                      <td className="py-2">{change(c.latest, c.before)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Trends</CardTitle>
            </CardHeader>
            <CardContent>
              {anyRated ? (
                <LevelTrends
                  trends={data.competencies.filter((c) => c.inFramework || c.points.length > 0)}
                  levels={levels}
                  zone={zone}
                  beforeLabel={BEFORE}
                />
              ) : (
                <EmptyState title="No shared ratings yet" headingLevel="h3" className="py-8">
                  The charts fill in as {whose} manager shares competency reviews in 1:1s.
                </EmptyState>
              )}
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Evidence</CardTitle>
              <CardDescription>
                What was observed, newest first, with the texts {isMe ? "you were" : "they were"} rated on.
              </CardDescription>
            </CardHeader>
            <CardContent>
              {data.timeline === null ? (
                <p className="text-muted-foreground text-sm">
                  Evidence notes stay between the pair and the managers above them; HR admins see levels only.
                </p>
              ) : data.timeline.length === 0 ? (
                <p className="text-muted-foreground text-sm">No shared reviews yet.</p>
              ) : (
                <>
                  <ol className="space-y-4" aria-label="Evidence, newest first">
                    {data.timeline.slice(0, RECENT).map((e) => (
                      <EvidenceItem key={e.id} entry={e} org={org} zone={zone} levels={levels} />
                    ))}
                  </ol>
                  {data.timeline.length > RECENT && (
                    <details className="mt-4">
                      <summary className="cursor-pointer text-sm font-medium">
                        Show {data.timeline.length - RECENT} earlier
                      </summary>
                      <ol className="mt-4 space-y-4" aria-label="Earlier evidence" start={RECENT + 1}>
                        {data.timeline.slice(RECENT).map((e) => (
                          <EvidenceItem key={e.id} entry={e} org={org} zone={zone} levels={levels} />
                        ))}
                      </ol>
                    </details>
                  )}
                </>
              )}
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}
