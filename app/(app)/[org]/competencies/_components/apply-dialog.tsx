"use client";
// Where a framework applies: everyone without a team framework, and/or chosen teams (HR admins).
import { useMutation, useQuery } from "@tanstack/react-query";
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
} from "@/components/ui/dialog";
import { type DialogProps, fieldError } from "./framework-dialogs";
import type { Framework } from "./types";

export function ApplyDialog({ org, framework, open, onOpenChange, onSaved }: DialogProps & { framework: Framework }) {
  const trpc = useTRPC();
  const teams = useQuery({ ...trpc.people.teams.queryOptions({ org }), enabled: open });
  const [orgWide, setOrgWide] = useState(framework.orgWide);
  const [picked, setPicked] = useState(() => new Set(framework.teams.map((t) => t.id)));
  const apply = useMutation(
    trpc.competencies.applyFramework.mutationOptions({
      onSuccess: () => {
        toast.success("Saved where the framework applies");
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
        if (o) {
          setOrgWide(framework.orgWide);
          setPicked(new Set(framework.teams.map((t) => t.id)));
        } else apply.reset();
      }}
    >
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Where it applies</DialogTitle>
          <DialogDescription>
            A team’s framework wins over the org-wide one. The org has one org-wide framework, and a team has one:
            choosing them here takes them from another framework.
          </DialogDescription>
        </DialogHeader>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            apply.mutate({ org, frameworkId: framework.id, orgWide, teamIds: [...picked] });
          }}
        >
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5"
              checked={orgWide}
              onChange={(e) => setOrgWide(e.target.checked)}
            />
            <span>Everyone without a team framework</span>
          </label>
          <fieldset className="space-y-2">
            <legend className="font-medium text-sm">Teams</legend>
            {(teams.data ?? []).map((t) => (
              <label key={t.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={picked.has(t.id)}
                  onChange={(e) =>
                    setPicked((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.add(t.id);
                      else next.delete(t.id);
                      return next;
                    })
                  }
                />
                {t.name}
              </label>
            ))}
            {fieldError(apply.error, "teamIds") ? (
              <p className="text-danger-subtle-foreground text-sm">{fieldError(apply.error, "teamIds")}</p>
            ) : null}
          </fieldset>
          <DialogFooter>
            <Button type="submit" loading={apply.isPending}>
              Save
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
