import { ChevronRight, MessagesSquare, Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { CustomMilestones } from "@/app/(app)/[org]/_components/calendar/custom-milestones";
import { MilestoneDialog } from "@/app/(app)/[org]/_components/calendar/milestone-dialog";
import { localDateIn, localTimeIn, shortDate, zoneCity } from "@/components/format/dates";
import { meetingTimeLabel, sameClock } from "@/components/format/meeting-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmailAddress } from "@/components/ui/email-address";
import { api, currentUser, orNotFound } from "@/server/api/rsc";
import { AdminControls } from "./admin-controls";
import { OwnProfileForm } from "./own-profile-form";
import { PersonRecognition } from "./person-recognition";

type Props = { params: Promise<{ org: string; personId: string }> };

/** Shared by the metadata and the page: one procedure call per request. */
const loadPerson = cache(async (org: string, personId: string) => (await api()).people.get({ org, personId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, personId } = await params;
  const person = await loadPerson(org, personId).catch(() => null);
  return { title: person?.name ?? "Page not found" };
}

/** "today" / "in 3 days" for milestones within a month; nothing further out. */
function Soon({ days }: { days: number }) {
  if (days > 30) return null;
  return (
    <Badge variant="brand" className="ml-2">
      {days === 0 ? "today" : days === 1 ? "tomorrow" : `in ${days} days`}
    </Badge>
  );
}

function PeopleLinks(props: {
  org: string;
  people: { id: string; name: string; title: string | null }[];
  label: string;
  empty: string;
  ordered?: boolean;
}) {
  if (props.people.length === 0) return <p className="text-muted-foreground">{props.empty}</p>;
  const List = props.ordered ? "ol" : "ul";
  return (
    <List className="space-y-1" aria-label={props.label}>
      {props.people.map((p) => (
        <li key={p.id}>
          {/* Underlined: beside plain text, colour alone does not mark a link (axe: link-in-text-block). */}
          <Link
            href={`/${props.org}/people/${p.id}`}
            className="text-brand underline decoration-brand/40 underline-offset-4 hover:decoration-brand"
          >
            {p.name}
          </Link>
          {p.title && <span className="text-muted-foreground"> · {p.title}</span>}
        </li>
      ))}
    </List>
  );
}

/** The caller's 1:1 with this person (their report or their manager): the next one, else the latest. */
function OneOnOneLink(props: {
  org: string;
  meeting: { id: string; startsAt: Date; upcoming: boolean };
  zone: string;
  name: string;
}) {
  const when = meetingTimeLabel({ instant: props.meeting.startsAt, viewerZone: props.zone }).viewer;
  return (
    <div>
      <ButtonLink href={`/${props.org}/one-on-ones/${props.meeting.id}`} variant="secondary">
        <MessagesSquare aria-hidden />
        {props.meeting.upcoming ? "Next 1:1" : "Latest 1:1"}
        <span className="sr-only"> with {props.name}</span>
      </ButtonLink>
      <p className="mt-1 text-muted-foreground text-xs">{when}</p>
    </div>
  );
}

/** "Kolkata", and their clock right now when it differs from the viewer's ("· 03:23 there now"). */
function LocalTime({ zone, viewerZone }: { zone: string; viewerZone: string }) {
  const now = new Date();
  return (
    <>
      {zoneCity(zone)}
      {sameClock(now, zone, viewerZone) ? null : (
        <span className="text-muted-foreground"> · {localTimeIn(now, zone)} there now</span>
      )}
    </>
  );
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Calendar dates (start date, anniversaries) are stored at UTC midnight.
const fmtDate = (d: Date) => shortDate(d, "UTC");

export default async function PersonPage({ params }: Props) {
  const { org, personId } = await params;
  const caller = await api();
  const [person, user] = await orNotFound(Promise.all([loadPerson(org, personId), currentUser()]));
  const myZone = user?.orgs.find((o) => o.slug === org)?.myTimeZone ?? person.timeZone;
  const [[teams, pickable], milestones] = await Promise.all([
    person.permissions.edit ? Promise.all([caller.people.teams({ org }), caller.people.pickable({ org })]) : [[], []],
    caller.calendar.milestones({ org, personId: person.id }),
  ]);

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-muted-foreground text-sm">
        <Link href={`/${org}/people`} className="hover:text-foreground">
          People
        </Link>
        <ChevronRight aria-hidden className="mx-1 inline size-3" />
        <span aria-current="page">{person.name}</span>
      </nav>
      <header className="flex flex-wrap items-center gap-4">
        <Avatar name={person.name} size="xl" decorative />
        <div className="min-w-0">
          <h1 className="font-semibold text-2xl">{person.name}</h1>
          <p className="text-muted-foreground">{[person.title, person.team?.name].filter(Boolean).join(" · ")}</p>
          <div className="mt-1 flex flex-wrap gap-2">
            {person.role === "ADMIN" && <Badge variant="accent">HR admin</Badge>}
            {person.role === "MANAGER" && <Badge variant="brand">Manager</Badge>}
            {person.status === "DEACTIVATED" && <Badge variant="danger">Deactivated</Badge>}
            {person.isMe && <Badge variant="outline">You</Badge>}
          </div>
        </div>
        <div className="flex flex-wrap items-start gap-2 sm:ml-auto">
          {person.permissions.viewCompetencies && (
            <ButtonLink href={`/${org}/people/${person.id}/competencies`} variant="secondary">
              <Target aria-hidden />
              Competencies
            </ButtonLink>
          )}
          {person.oneOnOne && <OneOnOneLink org={org} meeting={person.oneOnOne} zone={myZone} name={person.name} />}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_minmax(0,1fr)] sm:gap-x-0">
              <dt className="text-muted-foreground">Email</dt>
              <dd>
                <EmailAddress email={person.email} />
              </dd>
              <dt className="text-muted-foreground">Time zone</dt>
              <dd>
                <LocalTime zone={person.timeZone} viewerZone={myZone} />
              </dd>
              <dt className="text-muted-foreground">Started</dt>
              <dd>{person.startDate ? fmtDate(person.startDate) : "—"}</dd>
              <dt className="text-muted-foreground">Birthday</dt>
              <dd>
                {person.birthday ? `${MONTHS[person.birthday.month - 1]} ${person.birthday.day}` : "—"}
                {person.nextBirthday && <Soon days={person.nextBirthday.inDays} />}
              </dd>
              <dt className="text-muted-foreground">Anniversary</dt>
              <dd>
                {person.nextAnniversary
                  ? `${person.nextAnniversary.years} ${person.nextAnniversary.years === 1 ? "year" : "years"} on ${fmtDate(new Date(person.nextAnniversary.date))}`
                  : "—"}
                {person.nextAnniversary && <Soon days={person.nextAnniversary.inDays} />}
              </dd>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Reporting line</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4 text-sm">
            <div>
              <h3 className="mb-1 font-medium">Manager chain</h3>
              <PeopleLinks
                org={org}
                people={person.managerChain}
                ordered
                label="Manager chain, nearest first"
                empty="No manager: top of the organization."
              />
            </div>
            <div>
              <h3 className="mb-1 font-medium">Direct reports ({person.reports.length})</h3>
              <PeopleLinks org={org} people={person.reports} label="Direct reports" empty="No direct reports." />
            </div>
          </CardContent>
        </Card>

        {person.history && person.history.length > 0 && (
          <Card>
            <CardHeader>
              <CardTitle>Manager history</CardTitle>
            </CardHeader>
            <CardContent>
              <ol className="space-y-1 text-sm" aria-label="Manager history, newest first">
                {person.history.map((h) => (
                  <li key={h.id}>
                    <span className="font-medium">{h.manager.name}</span>{" "}
                    <span className="text-muted-foreground">
                      {fmtDate(h.startedAt)} – {h.endedAt ? fmtDate(h.endedAt) : "now"}
                    </span>
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
        )}

        {(milestones.items.length > 0 || milestones.canCreate) && (
          <Card>
            <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
              <CardTitle>Milestones</CardTitle>
              {milestones.canCreate && (
                <MilestoneDialog
                  org={org}
                  person={{ id: person.id, name: person.name }}
                  today={localDateIn(new Date(), myZone)}
                />
              )}
            </CardHeader>
            <CardContent>
              <CustomMilestones
                org={org}
                personId={person.id}
                empty={`No milestones for ${person.name} yet: a promotion, a launch, a new parent.`}
              />
            </CardContent>
          </Card>
        )}
        {person.status === "ACTIVE" && user && (
          <PersonRecognition
            org={org}
            zone={myZone}
            meId={user.orgs.find((o) => o.slug === org)?.membershipId ?? ""}
            person={{ id: person.id, name: person.name, isMe: person.isMe }}
          />
        )}
        {person.permissions.editOwnProfile && (
          <OwnProfileForm
            org={org}
            person={{
              id: person.id,
              timeZone: person.timeZone,
              celebrate: person.celebrate,
              birthday: person.birthday,
            }}
          />
        )}
        {person.permissions.edit && (
          <AdminControls
            org={org}
            person={{
              id: person.id,
              name: person.name,
              title: person.title,
              role: person.role,
              status: person.status,
              teamId: person.team?.id ?? null,
              managerId: person.manager?.id ?? null,
            }}
            permissions={person.permissions}
            teams={teams}
            people={pickable.filter((p) => p.id !== person.id)}
          />
        )}
      </div>
    </div>
  );
}
