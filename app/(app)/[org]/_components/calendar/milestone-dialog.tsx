"use client";
// Add a custom milestone (a promotion, a launch, a new parent): a title, a date, once or every year,
// about a person or a team. Managers add them for their reports, HR admins for anyone and any team.
// Nothing is loaded until it opens: the person is searched for as you type (any org size), the
// teams are fetched on asking for a team; on a person's page the person is fixed.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
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
import { Options, Select } from "@/components/ui/select";
import { MILESTONE_TITLE_MAX } from "@/server/modules/calendar/calendar.limits";
import { type Person, RecipientPicker } from "../composer/recipient-picker";

/** `person`: the milestone is theirs (their page); without it, a person or a team is picked. */
type Props = { org: string; today: string; person?: Person };

export function MilestoneDialog({ org, today, person }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [about, setAbout] = useState<"person" | "team">("person");
  const [picked, setPicked] = useState<Person[]>(person ? [person] : []);
  const teams = useQuery({ ...trpc.people.teams.queryOptions({ org }), enabled: open && about === "team" });
  const create = useMutation(
    trpc.calendar.createMilestone.mutationOptions({
      onSuccess: (_, input) => {
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: trpc.calendar.pathKey() });
        router.refresh();
        toast.success(`Milestone added: ${input.title}`);
      },
    }),
  );
  const errors = create.error?.data?.fieldErrors ?? {};
  const known = ["title", "date", "recurrence", "personId", "teamId"];
  const unexplained = create.error && !known.some((k) => errors[k]?.length);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) create.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Plus aria-hidden /> Add milestone
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a milestone</DialogTitle>
          <DialogDescription>
            A promotion, a launch, a new parent: it shows on the calendar, and yearly ones come back every year.
          </DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const subject = about === "person" ? (picked[0]?.id ?? "") : String(f.get("team") ?? "");
            create.mutate({
              org,
              title: String(f.get("title") ?? ""),
              date: String(f.get("date") ?? ""),
              recurrence: f.get("recurrence") === "YEARLY" ? "YEARLY" : "ONE_OFF",
              ...(about === "person" ? { personId: subject || undefined } : { teamId: subject || undefined }),
            });
          }}
        >
          <Field label="Title" error={errors.title?.[0]}>
            <Input name="title" maxLength={MILESTONE_TITLE_MAX} placeholder="Promoted to Staff Engineer" />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Date" error={errors.date?.[0]}>
              <Input name="date" type="date" defaultValue={today} />
            </Field>
            <Field label="Repeats" error={errors.recurrence?.[0]}>
              <Select name="recurrence" defaultValue="ONE_OFF">
                <option value="ONE_OFF">Once</option>
                <option value="YEARLY">Every year</option>
              </Select>
            </Field>
          </div>
          {!person && (
            <fieldset className="space-y-2">
              <legend className="font-medium text-sm">About</legend>
              <div className="flex gap-4 text-sm">
                {(["person", "team"] as const).map((a) => (
                  <label key={a} className="flex items-center gap-2">
                    <input type="radio" name="about" checked={about === a} onChange={() => setAbout(a)} />
                    {a === "person" ? "A person" : "A team"}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {person ? (
            <p className="text-sm">
              About <span className="font-medium">{person.name}</span>
            </p>
          ) : about === "person" ? (
            <Field label="Person" error={errors.personId?.[0]}>
              <RecipientPicker org={org} value={picked} onChange={setPicked} excludeId="" max={1} />
            </Field>
          ) : (
            <Field label="Team" error={errors.teamId?.[0] ?? errors.personId?.[0]}>
              <Select name="team" defaultValue="" disabled={!teams.data}>
                <Options items={teams.data ?? []} none={teams.data ? "Pick a team" : "Loading teams…"} />
              </Select>
            </Field>
          )}
          {unexplained ? (
            <p role="alert" className="text-danger-subtle-foreground text-sm">
              {create.error?.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="submit" loading={create.isPending}>
              Add milestone
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
