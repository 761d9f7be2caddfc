"use client";
// The framework page's forms, for HR admins: a competency (add or edit), the framework's details
// and scale (where it applies: apply-dialog.tsx). The server validates; its field errors show on the fields.
import { useMutation } from "@tanstack/react-query";
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
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { BEHAVIOURS_MAX, NAME_MAX, TEXT_MAX } from "@/server/modules/competencies/competencies.limits";

import type { Competency, Framework } from "./types";

export type DialogProps = { org: string; open: boolean; onOpenChange: (open: boolean) => void; onSaved: () => void };

/** The first server message for a field (zod's or the service's), if any. */
export function fieldError(
  error: { data?: { fieldErrors?: Record<string, string[]> | null } | null } | null,
  key: string,
) {
  return error?.data?.fieldErrors?.[key]?.[0];
}

/** "One per line" text into behaviours: trimmed, blank lines dropped. */
const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

export function CompetencyDialog({
  org,
  frameworkId,
  competency,
  open,
  onOpenChange,
  onSaved,
}: DialogProps & { frameworkId: string; competency: Competency | null }) {
  const trpc = useTRPC();
  const done = (message: string) => {
    toast.success(message);
    onOpenChange(false);
    onSaved();
  };
  const add = useMutation(
    trpc.competencies.addCompetency.mutationOptions({ onSuccess: () => done("Competency added") }),
  );
  const update = useMutation(
    trpc.competencies.updateCompetency.mutationOptions({
      onSuccess: (r) =>
        done(
          r.version > (competency?.version ?? 0)
            ? "Saved as a new version: past reviews keep the old texts"
            : "No changes",
        ),
    }),
  );
  const error = add.error ?? update.error;
  const pending = add.isPending || update.isPending;
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        onOpenChange(o);
        if (!o) {
          add.reset();
          update.reset();
        }
      }}
    >
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>{competency ? `Edit ${competency.name}` : "Add a competency"}</DialogTitle>
          <DialogDescription>
            Describe what a leader can observe. Editing keeps a version: ratings already given still show the texts they
            were given against.
          </DialogDescription>
        </DialogHeader>
        <form
          key={competency?.id ?? "new"}
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const texts = {
              name: String(f.get("name") ?? ""),
              category: String(f.get("category") ?? ""),
              description: String(f.get("description") ?? ""),
              behaviours: lines(String(f.get("behaviours") ?? "")),
              expectedResult: String(f.get("expectedResult") ?? ""),
              leaderCheck: String(f.get("leaderCheck") ?? ""),
            };
            if (competency) update.mutate({ org, competencyId: competency.id, ...texts });
            else add.mutate({ org, frameworkId, ...texts });
          }}
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" error={fieldError(error, "name")}>
              <Input name="name" defaultValue={competency?.name} maxLength={NAME_MAX} required />
            </Field>
            <Field label="Category" error={fieldError(error, "category")}>
              <Input name="category" defaultValue={competency?.category} maxLength={NAME_MAX} />
            </Field>
          </div>
          <Field label="Description" error={fieldError(error, "description")}>
            <Textarea name="description" rows={2} defaultValue={competency?.description} maxLength={TEXT_MAX} />
          </Field>
          <Field
            label="Observable behaviours"
            description={`One per line, up to ${BEHAVIOURS_MAX}.`}
            error={fieldError(error, "behaviours")}
          >
            <Textarea name="behaviours" rows={4} defaultValue={competency?.behaviours.join("\n")} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Short-term result" error={fieldError(error, "expectedResult")}>
              <Textarea name="expectedResult" rows={2} defaultValue={competency?.expectedResult} maxLength={TEXT_MAX} />
            </Field>
            <Field label="Leader check" error={fieldError(error, "leaderCheck")}>
              <Textarea name="leaderCheck" rows={2} defaultValue={competency?.leaderCheck} maxLength={TEXT_MAX} />
            </Field>
          </div>
          {error && !error.data?.fieldErrors ? (
            <p role="alert" className="text-danger-subtle-foreground text-sm">
              {error.message}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="submit" loading={pending}>
              {competency ? "Save competency" : "Add competency"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function DetailsDialog({ org, framework, open, onOpenChange, onSaved }: DialogProps & { framework: Framework }) {
  const trpc = useTRPC();
  const save = useMutation(
    trpc.competencies.updateFramework.mutationOptions({
      onSuccess: () => {
        toast.success("Framework saved");
        onOpenChange(false);
        onSaved();
      },
    }),
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        onOpenChange(o);
        if (!o) save.reset();
      }}
    >
      <DialogContent className="max-w-2xl">
        <DialogHeader>
          <DialogTitle>Edit framework</DialogTitle>
          <DialogDescription>Its name, what it is for, and the names of the rating levels.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            save.mutate({
              org,
              frameworkId: framework.id,
              name: String(f.get("name") ?? ""),
              description: String(f.get("description") ?? ""),
              scale: framework.scale.map((l) => ({
                value: l.value,
                label: String(f.get(`level-${l.value}-label`) ?? ""),
                description: String(f.get(`level-${l.value}-description`) ?? ""),
              })),
            });
          }}
        >
          <Field label="Name" error={fieldError(save.error, "name")}>
            <Input name="name" defaultValue={framework.name} maxLength={NAME_MAX} required />
          </Field>
          <Field label="Description" error={fieldError(save.error, "description")}>
            <Textarea name="description" rows={2} defaultValue={framework.description} maxLength={TEXT_MAX} />
          </Field>
          <fieldset className="space-y-3">
            <legend className="font-medium text-sm">Rating levels</legend>
            {fieldError(save.error, "scale") ? (
              <p className="text-danger-subtle-foreground text-sm">{fieldError(save.error, "scale")}</p>
            ) : null}
            {framework.scale.map((l) => (
              <div key={l.value} className="grid gap-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
                <Field label={`Level ${l.value}`}>
                  <Input name={`level-${l.value}-label`} defaultValue={l.label} maxLength={NAME_MAX} />
                </Field>
                <Field label={`Level ${l.value} description`}>
                  <Input name={`level-${l.value}-description`} defaultValue={l.description} maxLength={TEXT_MAX} />
                </Field>
              </div>
            ))}
          </fieldset>
          <DialogFooter>
            <Button type="submit" loading={save.isPending}>
              Save framework
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
