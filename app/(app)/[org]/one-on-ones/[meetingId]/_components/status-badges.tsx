import { CalendarClock, CheckCircle2, CircleDashed, MessageCircleHeart, SkipForward, Zap } from "lucide-react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { Meeting } from "./types";

const STATUS: Record<Meeting["meeting"]["status"], { label: string; variant: BadgeVariant; icon: typeof Zap }> = {
  SCHEDULED: { label: "Scheduled", variant: "brand", icon: CircleDashed },
  HELD: { label: "Held", variant: "success", icon: CheckCircle2 },
  SKIPPED: { label: "Skipped", variant: "warning", icon: SkipForward },
  RESCHEDULED: { label: "Rescheduled", variant: "accent", icon: CalendarClock },
};

export const statusLabel = (s: Meeting["meeting"]["status"]) => STATUS[s].label;

export function StatusBadge({ status }: { status: Meeting["meeting"]["status"] }) {
  const { label, variant, icon: Icon } = STATUS[status];
  return (
    <Badge variant={variant}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}

/** Status, "counts as held" (any note, checked point or action item) and the kind of meeting. */
export function StatusBadges({ meeting }: { meeting: Meeting["meeting"] }) {
  return (
    <div className="flex flex-wrap gap-2">
      <StatusBadge status={meeting.status} />
      {meeting.countsAsHeld && meeting.status !== "HELD" ? (
        <Badge
          variant="outline"
          title="It has shared notes, a checked talking point or an action item, so it counts as held for adherence."
        >
          <CheckCircle2 aria-hidden className="text-success" />
          Counts as held
        </Badge>
      ) : null}
      {meeting.kind === "NO_AGENDA" ? (
        <Badge variant="neutral" title="A check-in without an agenda: one open question, then wherever it goes.">
          <MessageCircleHeart aria-hidden />
          No-agenda check-in
        </Badge>
      ) : null}
      {meeting.kind === "AD_HOC" ? (
        <Badge variant="neutral">
          <Zap aria-hidden />
          Ad hoc
        </Badge>
      ) : null}
    </div>
  );
}
