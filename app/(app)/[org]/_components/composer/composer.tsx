"use client";
// The recognition composer, mounted once per org page: opens on "k", from the sidebar, or from any
// openComposer(prefill) call (a person page, the calendar's "Celebrate", the "not recognised" list).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { COMPOSE_EVENT, COMPOSE_KEY, type ComposePrefill } from "@/components/recognition/compose";
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
import { isTypingOrInDialog } from "@/components/ui/keys";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { MESSAGE_MAX, RECIPIENTS_MAX } from "@/server/modules/recognition/recognition.limits";
import { type Person, RecipientPicker } from "./recipient-picker";

type Props = { org: string; orgName: string; meId: string };
type Draft = { recipients: Person[]; message: string; competencyId: string; behaviour: string; isPublic: boolean };
const fresh = (p: ComposePrefill = {}): Draft => ({
  recipients: p.recipients ?? [],
  message: p.message ?? "",
  competencyId: p.competencyId ?? "",
  behaviour: "",
  isPublic: true,
});

export function Composer({ org, orgName, meId }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [ready, setReady] = useState(false);
  const [draft, setDraft] = useState<Draft>(fresh);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const visibilityName = useId();
  const router = useRouter();

  useEffect(() => {
    const onCompose = (e: Event) => {
      setDraft(fresh((e as CustomEvent<ComposePrefill>).detail));
      setOpen(true);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== COMPOSE_KEY || isTypingOrInDialog(e)) return;
      e.preventDefault();
      setDraft(fresh());
      setOpen(true);
    };
    window.addEventListener(COMPOSE_EVENT, onCompose);
    setReady(true);
    document.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener(COMPOSE_EVENT, onCompose);
      document.removeEventListener("keydown", onKey);
    };
  }, []);

  const tags = useQuery({ ...trpc.recognition.tags.queryOptions({ org }), enabled: open, staleTime: 60_000 });
  const competency = tags.data?.competencies.find((c) => c.id === draft.competencyId);
  const give = useMutation(
    trpc.recognition.give.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: trpc.recognition.pathKey() });
        router.refresh();
        const names = draft.recipients.map((p) => p.name).join(", ");
        toast.success(`Recognition sent to ${names}`);
      },
    }),
  );
  const errors = give.error?.data?.fieldErrors ?? {};
  const known = ["recipientIds", "message", "competencyId", "behaviour", "visibility"];
  const unexplained = give.error && !known.some((k) => errors[k]?.length);

  return (
    <>
      {/* Marks the shortcut as live (after hydration), for tests and tools. */}
      {ready && <span hidden data-composer-ready />}
      <Dialog
        open={open}
        onOpenChange={(o) => {
          setOpen(o);
          if (!o) give.reset();
        }}
      >
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Give recognition</DialogTitle>
            <DialogDescription>
              Specific, timely thanks builds trust. Say what they did and the difference it made.
            </DialogDescription>
          </DialogHeader>
          <form
            noValidate
            className="space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              give.mutate({
                org,
                recipientIds: draft.recipients.map((p) => p.id),
                message: draft.message,
                visibility: draft.isPublic ? "PUBLIC" : "PRIVATE",
                competencyId: draft.competencyId || undefined,
                behaviour: draft.behaviour === "" ? undefined : Number(draft.behaviour),
              });
            }}
          >
            <Field label="To" error={errors.recipientIds?.[0]} description={`Up to ${RECIPIENTS_MAX} people.`}>
              <RecipientPicker
                org={org}
                value={draft.recipients}
                onChange={(recipients) => set({ recipients })}
                excludeId={meId}
                max={RECIPIENTS_MAX}
              />
            </Field>
            <Field
              label="Message"
              error={errors.message?.[0]}
              description={`Say what they did and its impact. ${draft.message.length} / ${MESSAGE_MAX}`}
            >
              <Textarea
                value={draft.message}
                maxLength={MESSAGE_MAX}
                onChange={(e) => set({ message: e.target.value })}
                placeholder="Thanks for summarising the next steps after the incident review: nobody left unsure who does what."
              />
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Competency (optional)" error={errors.competencyId?.[0]}>
                <Select
                  value={draft.competencyId}
                  onChange={(e) => set({ competencyId: e.target.value, behaviour: "" })}
                >
                  <option value="">None</option>
                  {tags.data?.competencies.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label="Behaviour (optional)" error={errors.behaviour?.[0]}>
                <Select
                  value={draft.behaviour}
                  disabled={!competency?.behaviours.length}
                  onChange={(e) => set({ behaviour: e.target.value })}
                >
                  <option value="">{competency ? "Any" : "Pick a competency first"}</option>
                  {competency?.behaviours.map((b, i) => (
                    <option key={b} value={i}>
                      {b}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <fieldset className="space-y-2">
              <legend className="font-medium text-sm">Who sees it</legend>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name={visibilityName}
                  checked={draft.isPublic}
                  onChange={() => set({ isPublic: true })}
                  className="mt-1"
                />
                <span>
                  Public <span className="text-muted-foreground">· everyone at {orgName}, in the feed</span>
                </span>
              </label>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name={visibilityName}
                  checked={!draft.isPublic}
                  onChange={() => set({ isPublic: false })}
                  className="mt-1"
                />
                <span>
                  Private <span className="text-muted-foreground">· only them and their managers</span>
                </span>
              </label>
            </fieldset>
            {unexplained ? (
              <p role="alert" className="text-danger-subtle-foreground text-sm">
                {give.error?.message}
              </p>
            ) : null}
            <DialogFooter>
              <Button type="submit" loading={give.isPending}>
                Send recognition
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </>
  );
}
