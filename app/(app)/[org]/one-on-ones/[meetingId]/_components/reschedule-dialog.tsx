"use client";
// Moves an upcoming 1:1 to a new time, picked in the viewer's own zone (what a datetime-local means).
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { longDate, time, toLocalInput, zoneCity } from "@/components/format/dates";
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
import { useMeetingCache, usePageCtx } from "./use-meeting";
import { useBrowserZone } from "./use-now";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; meeting: Meeting["meeting"] };

export function RescheduleDialog({ open, onOpenChange, meeting }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
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
  const zone = useBrowserZone() ?? meeting.timeZone;
  const [value, setValue] = useState(() => toLocalInput(meeting.startsAt));
  const reschedule = useMutation(
    trpc.oneOnOnes.reschedule.mutationOptions({
      onSuccess: ({ startsAt }) => {
        toast.success(`Rescheduled to ${longDate(startsAt, zone)}, ${time(startsAt, zone)}`);
        onDone();
      },
      onError: (e) => {
        if (!e.data?.fieldErrors?.startsAt) toast.error(e.message);
      },
      onSettled: () => cache.invalidate(),
    }),
  );
  const picked = value ? new Date(value) : null;
  const valid = picked !== null && !Number.isNaN(picked.getTime());
  const showMeetingZone = valid && zone !== meeting.timeZone;
  return (
    <form
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
          min={toLocalInput(new Date())}
          onChange={(e) => setValue(e.target.value)}
          required
        />
      </Field>
      {showMeetingZone ? (
        <p className="mt-2 text-muted-foreground text-sm">
          That is {longDate(picked, meeting.timeZone)}, {time(picked, meeting.timeZone)} in {zoneCity(meeting.timeZone)}
          , the meeting's time zone.
        </p>
      ) : null}
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
