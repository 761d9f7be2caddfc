"use client";
// An extra 1:1 outside the cadence, with my report or my manager. The time is entered in the
// viewer's profile zone (the one every time on this page is shown in first), with the other
// person's time beside it and a warning when it falls in their night.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CalendarPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { type RefObject, useEffect, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { localDateIn, zoneCity, zonedInstant } from "@/components/format/dates";
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
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { PageCtx, Pair } from "./types";

type Props = PageCtx & {
  pair: Pick<Pair, "withId" | "withName" | "withTimeZone">;
  /** Controlled (opened from a menu): no trigger of its own; focus returns to `returnFocus`. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  returnFocus?: RefObject<HTMLElement | null>;
  /** After the 1:1 is created (the dashboard refreshes its lines). */
  onCreated?: () => void;
};

/** Tomorrow at 10:00 in `zone`, as a datetime-local value. */
function tomorrowAtTen(zone: string) {
  return `${localDateIn(new Date(Date.now() + 86_400_000), zone)}T10:00`;
}

export function AdHocDialog({ org, zone, pair, returnFocus, onCreated, ...control }: Props) {
  const { withId, withName, withTimeZone } = pair;
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [ownOpen, setOwnOpen] = useState(false);
  const controlled = control.open !== undefined;
  const open = control.open ?? ownOpen;
  const setOpen = (o: boolean) => (controlled ? control.onOpenChange?.(o) : setOwnOpen(o));
  // Each opening starts from tomorrow at 10:00, however it was opened.
  useEffect(() => {
    if (open) setValue(tomorrowAtTen(zone));
  }, [open, zone]);
  const [missingTime, setMissingTime] = useState(false);
  const [value, setValue] = useState(() => tomorrowAtTen(zone));
  const create = useMutation(
    trpc.oneOnOnes.createAdHoc.mutationOptions({
      onSuccess: (meeting, input) => {
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: trpc.oneOnOnes.mine.queryKey() });
        onCreated?.();
        const when = meetingTimeLabel({
          instant: input.startsAt as Date,
          viewerZone: zone,
          otherZone: withTimeZone,
          otherName: withName,
        });
        toast.success(`1:1 with ${withName} on ${when.viewer}${when.other ? ` (${when.other})` : ""}`, {
          action: { label: "Open", onClick: () => router.push(`/${org}/one-on-ones/${meeting.id}`) },
        });
      },
    }),
  );
  const errors = create.error?.data?.fieldErrors ?? {};
  const err = (k: string) => (k === "startsAt" && missingTime ? "Pick a date and time" : errors[k]?.[0]);
  const unexplained = create.error && !["startsAt", "durationMinutes", "kind"].some((k) => errors[k]?.length);

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) {
          create.reset();
          setMissingTime(false);
        }
      }}
    >
      {controlled ? null : (
        <DialogTrigger asChild>
          <Button variant="secondary" size="sm">
            <CalendarPlus aria-hidden /> New 1:1<span className="sr-only"> with {withName}</span>
          </Button>
        </DialogTrigger>
      )}
      <DialogContent returnFocus={returnFocus}>
        <DialogHeader>
          <DialogTitle>New 1:1 with {withName}</DialogTitle>
          <DialogDescription>
            A one-off meeting outside your cadence. Open talking points and action items carry over to it.
          </DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const startsAt = zonedInstant(value, zone);
            setMissingTime(Number.isNaN(startsAt.getTime()));
            if (Number.isNaN(startsAt.getTime())) return;
            create.mutate({
              org,
              withId,
              startsAt,
              durationMinutes: Number(f.get("durationMinutes")),
              kind: String(f.get("kind")) === "NO_AGENDA" ? "NO_AGENDA" : "AD_HOC",
            });
          }}
        >
          <Field label="Date and time" description={`In your time zone (${zoneCity(zone)}).`} error={err("startsAt")}>
            <Input name="startsAt" type="datetime-local" value={value} onChange={(e) => setValue(e.target.value)} />
          </Field>
          <OtherTimeCheck
            instant={zonedInstant(value, zone)}
            viewerZone={zone}
            otherZone={withTimeZone}
            otherName={withName}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Duration (minutes)" error={err("durationMinutes")}>
              <Input name="durationMinutes" type="number" min={10} max={240} step={5} defaultValue={30} />
            </Field>
            <Field label="Kind" error={err("kind")}>
              <Select name="kind" defaultValue="AD_HOC">
                <option value="AD_HOC">Ad-hoc 1:1</option>
                <option value="NO_AGENDA">No-agenda check-in</option>
              </Select>
            </Field>
          </div>
          {unexplained ? (
            <p role="alert" className="text-danger-subtle-foreground text-sm">
              {create.error?.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="submit" loading={create.isPending}>
              Schedule 1:1
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
