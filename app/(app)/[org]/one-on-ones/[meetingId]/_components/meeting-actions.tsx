"use client";
// Mark held / Skip / Reschedule (participants only), undo, and the keyboard shortcuts.
import { useMutation } from "@tanstack/react-query";
import { CalendarClock, CheckCircle2, SkipForward, Undo2 } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Button } from "@/components/ui/button";
import { carryOverText } from "./carry-over";
import { RescheduleDialog } from "./reschedule-dialog";
import { ShortcutsHelp } from "./shortcuts";
import { isOpen, type Meeting } from "./types";
import { useMeetingCache, usePageCtx } from "./use-meeting";

const HOUR = 3_600_000;
type Status = "HELD" | "SKIPPED" | "SCHEDULED";

export function MeetingActions({ meeting, now }: { meeting: Meeting["meeting"]; now: number }) {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const cache = useMeetingCache(ctx);
  const [rescheduling, setRescheduling] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  const rescheduleButton = useRef<HTMLButtonElement>(null);
  // Mark held, Skip and Undo replace the button that was pressed: keep focus in the bar, on the
  // button that replaced it (never drop it on <body>, where a keyboard user would start over).
  const shownStatus = useRef(meeting.status);
  useEffect(() => {
    if (shownStatus.current === meeting.status) return;
    shownStatus.current = meeting.status;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) bar.current?.querySelector<HTMLButtonElement>("button:not([disabled])")?.focus();
  }, [meeting.status]);
  const previous = meeting.status === "RESCHEDULED" ? "SCHEDULED" : meeting.status;
  const setStatus = useMutation(
    trpc.oneOnOnes.setStatus.mutationOptions({
      onSuccess: (r, v) => {
        if (v.status === "SCHEDULED") return void toast.success("The 1:1 is open again");
        // Open points and items leave this page for the next 1:1: say so, and where.
        const moved = carryOverText(r.carriedOver, ctx.zone);
        toast.success(v.status === "HELD" ? "Marked as held" : "Skipped this 1:1", {
          description: moved ? `${moved}.` : undefined,
          duration: moved ? 10_000 : undefined,
          action: { label: "Undo", onClick: () => mutate(previous as Status) },
        });
      },
      onError: (e) => toast.error(e.message),
      onSettled: () => cache.invalidate(),
    }),
  );
  const mutate = (status: Status) => setStatus.mutate({ org: ctx.org, meetingId: ctx.meetingId, status });
  const canEdit = ctx.me.canEdit;
  const open = isOpen(meeting.status);
  const tooEarly = meeting.startsAt.getTime() > now + HOUR;
  const canMarkHeld = canEdit && meeting.status !== "HELD" && !tooEarly;
  const pending = setStatus.isPending ? setStatus.variables?.status : undefined;

  return (
    <div className="flex flex-col items-start gap-1.5 sm:items-end">
      <div ref={bar} className="flex flex-wrap items-center gap-2">
        {canEdit && meeting.status !== "HELD" ? (
          <Button
            onClick={() => mutate("HELD")}
            disabled={!canMarkHeld || setStatus.isPending}
            loading={pending === "HELD"}
            aria-keyshortcuts="h"
            aria-describedby={tooEarly ? "held-hint" : undefined}
          >
            <CheckCircle2 aria-hidden />
            Mark held
          </Button>
        ) : null}
        {canEdit && open ? (
          <>
            <Button
              ref={rescheduleButton}
              variant="secondary"
              onClick={() => setRescheduling(true)}
              aria-keyshortcuts="r"
            >
              <CalendarClock aria-hidden />
              Reschedule
            </Button>
            <Button
              variant="secondary"
              onClick={() => mutate("SKIPPED")}
              loading={pending === "SKIPPED"}
              disabled={setStatus.isPending}
            >
              <SkipForward aria-hidden />
              Skip
            </Button>
          </>
        ) : null}
        {canEdit && !open ? (
          <Button variant="ghost" onClick={() => mutate("SCHEDULED")} loading={pending === "SCHEDULED"}>
            <Undo2 aria-hidden />
            {meeting.status === "HELD" ? "Undo held" : "Undo skip"}
          </Button>
        ) : null}
        <ShortcutsHelp
          editable={canEdit}
          onMarkHeld={canMarkHeld ? () => mutate("HELD") : undefined}
          onReschedule={canEdit && open ? () => setRescheduling(true) : undefined}
        />
      </div>
      {tooEarly && canEdit && meeting.status !== "HELD" ? (
        <p id="held-hint" className="text-muted-foreground text-xs">
          You can mark it held from an hour before it starts.
        </p>
      ) : null}
      {canEdit && open ? (
        <RescheduleDialog
          open={rescheduling}
          onOpenChange={setRescheduling}
          meeting={meeting}
          returnFocus={rescheduleButton}
        />
      ) : null}
    </div>
  );
}
