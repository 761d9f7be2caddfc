// Under a time picker: what the chosen time is on the other participant's clock (when it differs)
// and a warning when it falls in their night. With `lead`, the picker is in another zone (a
// cadence's), so the viewer's own time is said first. Announced politely as the choice changes.
import { Moon } from "lucide-react";
import { meetingTimeLabel, nightWarning } from "@/components/format/meeting-time";

type Props = {
  instant: Date | null;
  viewerZone: string;
  otherZone?: string | null;
  otherName?: string | null;
  /** e.g. "First 1:1:" -> "First 1:1: Thursday 05:00 your time · 15:30 for Priya Patel (Kolkata)". */
  lead?: string;
};

export function OtherTimeCheck({ instant, viewerZone, otherZone, otherName, lead }: Props) {
  const valid = instant !== null && !Number.isNaN(instant.getTime());
  const when = valid ? meetingTimeLabel({ instant, viewerZone, otherZone, otherName }) : null;
  const night = valid ? nightWarning({ instant, otherZone, otherName }) : null;
  return (
    <div aria-live="polite" className="space-y-2 text-sm">
      {when && lead ? (
        <p className="text-muted-foreground">
          {lead} <span className="font-medium text-foreground">{when.viewer} your time</span>
          {when.other ? ` · ${when.other}` : null}
        </p>
      ) : when?.other ? (
        <p className="text-muted-foreground">That is {when.other}.</p>
      ) : null}
      {night ? (
        <p className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning-subtle px-3 py-2 text-warning-subtle-foreground">
          <Moon aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{night}</span>
        </p>
      ) : null}
    </div>
  );
}
