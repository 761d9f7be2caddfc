"use client";
// The 1:1 page body: header, then two columns on wide screens (what we talk about and the shared
// record on the left; follow-ups, my feedback, private note and prompts on the right), one on phones.
import { CalendarX, Eye } from "lucide-react";
import { memo, useMemo, useState, useSyncExternalStore } from "react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRegion } from "@/components/ui/skeleton";
import { ActionItems as ActionItemsSection } from "./action-items";
import { CompetencyPanel as CompetencySection } from "./competency-panel";
import { FeedbackCard as FeedbackSection } from "./feedback-card";
import { History as HistorySection } from "./history";
import { MeetingHeader as HeaderSection } from "./meeting-header";
import { MeetingSkeleton } from "./meeting-skeleton";
import { Presence } from "./presence";
import { PrivateNote as PrivateNoteSection } from "./private-note";
import { QuestionBank as QuestionSection } from "./question-bank";
import { SharedNotes as SharedNotesSection } from "./shared-notes";
import { TalkingPoints as TalkingPointsSection } from "./talking-points";
import { isOpen } from "./types";
import { useLive, usePresenceStore } from "./use-live";
import { MeetingContext, type PageCtx, useMeetingQuery } from "./use-meeting";
import { useNow } from "./use-now";

// Each section re-renders only when its own props change: the live flag, the 30-second clock or a
// refetch that changed one list no longer re-renders the whole page (it was most of the 1:1 page's
// blocking time in Lighthouse). Query data keeps unchanged parts' references (structural sharing).
const MeetingHeader = memo(HeaderSection);
const TalkingPoints = memo(TalkingPointsSection);
const ActionItems = memo(ActionItemsSection);
const FeedbackCard = memo(FeedbackSection);
const PrivateNote = memo(PrivateNoteSection);
const QuestionBank = memo(QuestionSection);
const SharedNotes = memo(SharedNotesSection);
const History = memo(HistorySection);
const CompetencyPanel = memo(CompetencySection);

export function MeetingPage({ org, meetingId }: { org: string; meetingId: string }) {
  const [live, setLive] = useState(false);
  const query = useMeetingQuery({ org, meetingId }, live);
  const data = query.data;
  // Who is here lives in a store only <Presence> reads: a presence ping re-renders one line.
  const presence = usePresenceStore();
  // Only the two participants are in the room; a manager above them reads by polling.
  useLive({ org, meetingId }, !!data && data.me.role !== "OBSERVER", setLive, presence.set);
  const now = useNow();
  // Marks the page interactive (e2e waits for it before typing; nothing else depends on it).
  const hydrated = useSyncExternalStore(noSubscription, yes, no);
  // From the parts that rarely change (kept by structural sharing), so a refetch that changed a
  // list does not re-render every section through the context.
  const [me, manager, report] = [data?.me, data?.manager, data?.report];
  const ctx = useMemo<PageCtx | null>(
    () => (me && manager && report ? { org, meetingId, me, manager, report, zone: me.timeZone } : null),
    [org, meetingId, me, manager, report],
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
  const { meeting } = data;
  const { me: viewer } = ctx;
  // The report rates a 1:1 once it has happened (held, or its start has passed) and was not skipped.
  const rateable = meeting.status === "HELD" || (meeting.status !== "SKIPPED" && meeting.startsAt.getTime() <= now);
  return (
    <MeetingContext.Provider value={ctx}>
      <div className="space-y-6" data-hydrated={hydrated || undefined}>
        <MeetingHeader data={data} now={now} />
        <Presence ctx={ctx} store={presence} />
        {viewer.role === "OBSERVER" ? (
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
            {viewer.role === "REPORT" && rateable ? <FeedbackCard feedback={data.feedback} /> : null}
            {viewer.canEdit ? <PrivateNote note={data.privateNote} /> : null}
            {viewer.canEdit ? <QuestionBank questions={data.questions} points={data.talkingPoints} /> : null}
          </div>
          <div className="min-w-0 lg:col-start-1 lg:row-start-2">
            <SharedNotes meeting={meeting} />
          </div>
          <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-3">
            <CompetencyPanel />
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
