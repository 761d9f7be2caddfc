"use client";
// Create or change a pair's cadence. Only future meetings change (the server keeps held ones and
// any upcoming meeting someone already wrote in), which the dialog says up front. The time is the
// rule's own (in its zone); the first 1:1 is shown in the viewer's time and the other's, with a
// warning when it falls in the other person's night.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type RefObject, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { localDateIn } from "@/components/format/dates";
import { zoneChoices, zoneLabel } from "@/components/format/meeting-time";
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
import { Select } from "@/components/ui/select";
import {
  type CadenceDefaults,
  type CadenceDraft,
  DEFAULT_CADENCE,
  firstMeeting,
  fromRule,
  NTHS,
  type Nth,
  type Repeat,
  readDraft,
  WEEKDAYS,
  type Weekday,
} from "./cadence-text";
import type { PageCtx, Pair } from "./types";

type Props = PageCtx & {
  pair: Pair;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Opened from a menu: where focus returns on close. */
  returnFocus?: RefObject<HTMLElement | null>;
};

export function CadenceDialog({ org, zone: viewerZone, pair, open, onOpenChange, returnFocus }: Props) {
  const parsed = fromRule(pair.rule);
  // No cadence yet: default to the report's own time zone.
  const zone = parsed?.timeZone ?? pair.withTimeZone ?? viewerZone;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent returnFocus={returnFocus}>
        <DialogHeader>
          <DialogTitle>{pair.rule ? "Edit cadence" : "Set a cadence"}</DialogTitle>
          <DialogDescription>
            How often you meet {pair.withName}. Changing a cadence changes future meetings only: held 1:1s and upcoming
            ones you already wrote in stay as they are.
          </DialogDescription>
        </DialogHeader>
        <CadenceForm
          org={org}
          viewerZone={viewerZone}
          pair={pair}
          defaults={{ ...(parsed ?? DEFAULT_CADENCE), timeZone: zone }}
          onDone={() => onOpenChange(false)}
        />
      </DialogContent>
    </Dialog>
  );
}

type FormProps = {
  org: string;
  viewerZone: string;
  pair: Pair;
  defaults: CadenceDefaults & { timeZone: string };
  onDone: () => void;
};

function CadenceForm({ org, viewerZone, pair, defaults, onDone }: FormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [repeat, setRepeat] = useState<Repeat>(defaults.repeat);
  const [startDate] = useState(() => localDateIn(new Date(), defaults.timeZone));
  const [draft, setDraft] = useState<CadenceDraft>({ ...defaults, startDate });
  const save = useMutation(
    trpc.oneOnOnes.setCadence.mutationOptions({
      onSuccess: () => {
        toast.success(`Cadence saved for ${pair.withName}`);
        onDone();
        void queryClient.invalidateQueries({ queryKey: trpc.oneOnOnes.mine.queryKey() });
      },
    }),
  );
  const errors = save.error?.data?.fieldErrors ?? {};
  const err = (k: string) => errors[k]?.[0];
  const known = ["spec", "rrule", "localTime", "timeZone", "startDate", "durationMinutes", "kind"];
  const unexplained = save.error && !known.some((k) => errors[k]?.length);

  return (
    <form
      noValidate
      className="space-y-4"
      onChange={(e) => setDraft(readDraft(new FormData(e.currentTarget), draft))}
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const weekday = String(f.get("weekday")) as Weekday;
        save.mutate({
          org,
          reportId: pair.reportId,
          spec:
            repeat === "monthly"
              ? { frequency: "MONTHLY", nth: Number(f.get("nth")) as Nth, weekday }
              : { frequency: "WEEKLY", intervalWeeks: Number(repeat), weekday },
          localTime: String(f.get("localTime")),
          timeZone: String(f.get("timeZone")),
          startDate: String(f.get("startDate")),
          durationMinutes: Number(f.get("durationMinutes")),
          kind: f.get("noAgenda") ? "NO_AGENDA" : "REGULAR",
        });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Repeats" error={err("spec") ?? err("rrule")}>
          <Select name="repeat" value={repeat} onChange={(e) => setRepeat(e.target.value as Repeat)}>
            <option value="1">Every week</option>
            {[2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={String(n)}>
                Every {n} weeks
              </option>
            ))}
            <option value="monthly">Monthly</option>
          </Select>
        </Field>
        {repeat === "monthly" ? (
          <Field label="Week of the month">
            <Select name="nth" defaultValue={String(defaults.nth)}>
              {NTHS.map(([n, label]) => (
                <option key={n} value={n}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label="Day">
          <Select name="weekday" defaultValue={defaults.weekday}>
            {WEEKDAYS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Time" error={err("localTime")}>
          <Input name="localTime" type="time" defaultValue={defaults.localTime} />
        </Field>
        <Field label="Time zone" error={err("timeZone")} className="sm:col-span-2">
          <Select name="timeZone" defaultValue={defaults.timeZone}>
            {zoneChoices(defaults.timeZone).map((z) => (
              <option key={z} value={z}>
                {zoneLabel(z)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Starts on" error={err("startDate")}>
          <Input name="startDate" type="date" defaultValue={startDate} />
        </Field>
        <Field label="Duration (minutes)" error={err("durationMinutes")}>
          <Input
            name="durationMinutes"
            type="number"
            min={10}
            max={240}
            step={5}
            defaultValue={defaults.durationMinutes}
          />
        </Field>
      </div>
      <OtherTimeCheck
        lead="First 1:1:"
        instant={firstMeeting(draft, repeat)}
        viewerZone={viewerZone}
        otherZone={pair.withTimeZone}
        otherName={pair.withName}
      />
      <label className="flex items-start gap-3 text-sm">
        <input
          type="checkbox"
          name="noAgenda"
          defaultChecked={defaults.noAgenda}
          className="mt-0.5 size-4 accent-(--brand) focus-visible:outline-2 focus-visible:outline-ring"
        />
        <span>
          <span className="font-medium">No-agenda check-in</span>
          <span className="block text-muted-foreground">
            Each meeting opens with one question, “How are things, really?”, instead of a prepared agenda.
          </span>
        </span>
      </label>
      {unexplained ? (
        <p role="alert" className="text-danger-subtle-foreground text-sm">
          {save.error?.message}
        </p>
      ) : null}
      <DialogFooter>
        <Button type="submit" loading={save.isPending}>
          Save cadence
        </Button>
      </DialogFooter>
    </form>
  );
}
