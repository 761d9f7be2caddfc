"use client";
// Moves an upcoming 1:1 to a new time, picked in the viewer's profile zone (never the browser's),
// with the other participant's time beside it and a warning when it falls in their night.
import { useMutation } from "@tanstack/react-query";
import { type RefObject, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { localInput, zoneCity, zonedInstant } from "@/components/format/dates";
import { meetingTimeLabel } from "@/components/format/meeting-time";
import { OtherTimeCheck } from "@/components/one-on-ones/other-time-check";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { Meeting } from "./types";
import { otherParticipant, useMeetingCache, usePageCtx } from "./use-meeting";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  meeting: Meeting["meeting"];
  /** Where focus returns on close when the dialog was opened by its shortcut (nothing focused). */
  returnFocus?: RefObject<HTMLElement | null>;
};

export function RescheduleDialog({ open, onOpenChange, meeting, returnFocus }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent returnFocus={returnFocus}>
        <DialogHeader>
          <DialogTitle>Reschedule this 1:1</DialogTitle>
          <DialogDescription>
            Talking points, notes and action items stay with it. The rest of the series keeps its usual time.
          </DialogDescription>
        </DialogHeader>
        {open ? <RescheduleForm meeting={meeting} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function RescheduleForm({ meeting, onDone }: { meeting: Meeting["meeting"]; onDone: () => void }) {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const cache = useMeetingCache(ctx);
  const { zone } = ctx;
  const other = otherParticipant(ctx);
  const [value, setValue] = useState(() => localInput(meeting.startsAt, zone));
  const reschedule = useMutation(
    trpc.oneOnOnes.reschedule.mutationOptions({
      onSuccess: ({ startsAt }) => {
        const when = meetingTimeLabel({
          instant: startsAt,
          viewerZone: zone,
          otherZone: other?.timeZone,
          otherName: other?.name,
          style: "date",
        });
        toast.success(`Rescheduled to ${when.viewer}${when.other ? ` (${when.other})` : ""}`);
        onDone();
      },
      onError: (e) => {
        if (!e.data?.fieldErrors?.startsAt) toast.error(e.message);
      },
      onSettled: () => cache.invalidate(),
    }),
  );
  const picked = value ? zonedInstant(value, zone) : null;
  const valid = picked !== null && !Number.isNaN(picked.getTime());
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) reschedule.mutate({ org: ctx.org, meetingId: ctx.meetingId, startsAt: picked });
      }}
    >
      <Field
        label="New date and time"
        description={`In your time zone (${zoneCity(zone)}).`}
        error={reschedule.error?.data?.fieldErrors?.startsAt?.[0]}
        required
      >
        <Input
          type="datetime-local"
          name="startsAt"
          value={value}
          min={localInput(new Date(), zone)}
          onChange={(e) => setValue(e.target.value)}
          required
        />
      </Field>
      <OtherTimeCheck instant={picked} viewerZone={zone} otherZone={other?.timeZone} otherName={other?.name} />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={reschedule.isPending} disabled={!valid}>
          Reschedule
        </Button>
      </DialogFooter>
    </form>
  );
}
