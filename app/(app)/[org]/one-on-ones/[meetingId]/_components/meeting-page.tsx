"use client";
// The 1:1 page body: header, then two columns on wide screens (what we talk about and the shared
// record on the left; follow-ups, my feedback, private note and prompts on the right), one on phones.
import { CalendarX, Eye } from "lucide-react";
import { useMemo, useState, useSyncExternalStore } from "react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRegion } from "@/components/ui/skeleton";
import { ActionItems } from "./action-items";
import { FeedbackCard } from "./feedback-card";
import { History } from "./history";
import { MeetingHeader } from "./meeting-header";
import { MeetingSkeleton } from "./meeting-skeleton";
import { Presence } from "./presence";
import { PrivateNote } from "./private-note";
import { QuestionBank } from "./question-bank";
import { SharedNotes } from "./shared-notes";
import { TalkingPoints } from "./talking-points";
import { isOpen } from "./types";
import { useLive } from "./use-live";
import { MeetingContext, type PageCtx, useMeetingQuery } from "./use-meeting";
import { useNow } from "./use-now";

export function MeetingPage({ org, meetingId }: { org: string; meetingId: string }) {
  const [live, setLive] = useState(false);
  const query = useMeetingQuery({ org, meetingId }, live);
  const data = query.data;
  // Only the two participants are in the room; a manager above them reads by polling.
  const here = useLive({ org, meetingId }, !!data && data.me.role !== "OBSERVER", setLive);
  const now = useNow();
  // Marks the page interactive (e2e waits for it before typing; nothing else depends on it).
  const hydrated = useSyncExternalStore(noSubscription, yes, no);
  const ctx = useMemo<PageCtx | null>(
    () =>
      data ? { org, meetingId, me: data.me, manager: data.manager, report: data.report, zone: data.me.timeZone } : null,
    [org, meetingId, data],
  );
  if (!data && query.isError) {
    return (
      <EmptyState
        icon={CalendarX}
        title="This 1:1 is not available"
        action={
          <ButtonLink href={`/${org}/one-on-ones`} variant="secondary">
            Back to 1:1s
          </ButtonLink>
        }
      >
        It may have been removed when the cadence changed, or you may no longer have access. Your 1:1s list has the
        current schedule.
      </EmptyState>
    );
  }
  if (!data || !ctx) {
    return (
      <LoadingRegion label="Loading the 1:1…">
        <MeetingSkeleton />
      </LoadingRegion>
    );
  }
  const { meeting, me } = data;
  // The report rates a 1:1 once it has happened (held, or its start has passed) and was not skipped.
  const rateable = meeting.status === "HELD" || (meeting.status !== "SKIPPED" && meeting.startsAt.getTime() <= now);
  return (
    <MeetingContext.Provider value={ctx}>
      <div className="space-y-6" data-hydrated={hydrated || undefined}>
        <MeetingHeader data={data} now={now} />
        <Presence ctx={ctx} here={here} />
        {me.role === "OBSERVER" ? (
          <p className="flex items-start gap-2 rounded-lg border border-accent/30 bg-accent-subtle px-4 py-3 text-accent-subtle-foreground text-sm">
            <Eye aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              Read-only: as a manager above {data.manager.name}, you can read this 1:1’s shared talking points, notes
              and action items. Only {data.manager.name} and {data.report.name} can change it, and their private notes
              are never shown to anyone else.
            </span>
          </p>
        ) : null}
        {/* One column in reading order on a phone: action items right after talking points. On wide
            screens the right column (follow-ups, my feedback and private note, prompts) spans the
            left column's three rows, so neither column leaves gaps; the last row takes any slack. */}
        <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_auto_1fr]">
          <div className="min-w-0 lg:col-start-1 lg:row-start-1">
            <TalkingPoints points={data.talkingPoints} open={isOpen(meeting.status)} />
          </div>
          <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-span-3 lg:row-start-1">
            <ActionItems items={data.actionItems} />
            {me.role === "REPORT" && rateable ? <FeedbackCard feedback={data.feedback} /> : null}
            {me.canEdit ? <PrivateNote note={data.privateNote} /> : null}
            {me.canEdit ? <QuestionBank questions={data.questions} points={data.talkingPoints} /> : null}
          </div>
          <div className="min-w-0 lg:col-start-1 lg:row-start-2">
            <SharedNotes meeting={meeting} />
          </div>
          <div className="min-w-0 lg:col-start-1 lg:row-start-3">
            <History next={data.next} history={data.history} />
          </div>
        </div>
      </div>
    </MeetingContext.Provider>
  );
}

const noSubscription = () => () => {};
const yes = () => true;
const no = () => false;
