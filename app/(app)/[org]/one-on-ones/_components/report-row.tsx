"use client";
// One direct report: cadence, last held, next meeting, overdue flag and the manager's actions
// (on a phone, title, cadence and actions open with the row's toggle).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CalendarPlus, ChevronDown, CirclePause, CirclePlay, Pencil, TriangleAlert } from "lucide-react";
import { type RefObject, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { AdHocDialog } from "./ad-hoc-dialog";
import { CadenceDialog } from "./cadence-dialog";
import { cadenceText } from "./cadence-text";
import { PairFacts } from "./pair-facts";
import { PairName } from "./pair-name";
import { PhoneDetailsToggle, usePhoneDetails } from "./phone-details";
import type { PageCtx, Pair } from "./types";

export function ReportRow({ org, zone, pair }: PageCtx & { pair: Pair }) {
  const [editing, setEditing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const details = usePhoneDetails();
  const paused = pair.cadenceStatus === "PAUSED";

  return (
    <li className="flex flex-col gap-3 p-4 sm:gap-4 lg:flex-row lg:items-center">
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <Avatar name={pair.withName} size="sm" decorative />
        <div className="min-w-0 flex-1 space-y-1">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <PairName org={org} id={pair.withId} name={pair.withName} />
            {pair.overdue ? (
              <Badge variant="danger">
                <TriangleAlert aria-hidden /> Overdue
              </Badge>
            ) : null}
            {paused ? <Badge variant="warning">Paused</Badge> : null}
          </p>
          <div id={details.partId(0)} className={cn(details.part("block"), "space-y-1")}>
            {pair.withTitle ? <p className="text-muted-foreground text-sm">{pair.withTitle}</p> : null}
            {pair.rule ? (
              <p className="text-sm" data-testid="cadence">
                {cadenceText(pair, zone)}
              </p>
            ) : null}
          </div>
          {pair.rule ? null : (
            <button
              type="button"
              onClick={() => setEditing(true)}
              className="text-left font-medium text-brand text-sm underline-offset-4 hover:underline"
            >
              No cadence — set one
            </button>
          )}
        </div>
        <PhoneDetailsToggle details={details} parts={2} label={`Cadence and actions for ${pair.withName}`} />
      </div>
      <div className="pl-11 lg:w-72 lg:pl-0">
        <PairFacts org={org} zone={zone} pair={pair} />
      </div>
      <div id={details.partId(1)} className={cn(details.part("flex"), "pl-11 lg:justify-end lg:pl-0")}>
        <PairMenu
          ref={menuButton}
          org={org}
          pair={pair}
          onEdit={() => setEditing(true)}
          onSchedule={() => setScheduling(true)}
        />
      </div>
      <CadenceDialog
        org={org}
        zone={zone}
        pair={pair}
        open={editing}
        onOpenChange={setEditing}
        returnFocus={menuButton}
      />
      <AdHocDialog
        org={org}
        zone={zone}
        pair={pair}
        open={scheduling}
        onOpenChange={setScheduling}
        returnFocus={menuButton}
      />
    </li>
  );
}

/** One menu per report instead of three buttons on every row: edit the cadence, pause or resume it, add a 1:1. */
function PairMenu({
  ref,
  org,
  pair,
  onEdit,
  onSchedule,
}: {
  ref: RefObject<HTMLButtonElement | null>;
  org: string;
  pair: Pair;
  onEdit: () => void;
  onSchedule: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const paused = pair.cadenceStatus === "PAUSED";
  const action = useMutation(
    trpc.oneOnOnes.cadenceAction.mutationOptions({
      onSuccess: (r) => {
        toast.success(
          r.status === "PAUSED"
            ? `1:1s with ${pair.withName} paused: upcoming empty meetings were removed`
            : `1:1s with ${pair.withName} resumed`,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.oneOnOnes.mine.queryKey() });
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button ref={ref} variant="secondary" size="sm" loading={action.isPending}>
          Manage<span className="sr-only"> 1:1s with {pair.withName}</span>
          <ChevronDown aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={onEdit}>
          <Pencil aria-hidden /> {pair.rule ? "Edit cadence" : "Set a cadence"}
        </DropdownMenuItem>
        {pair.cadenceStatus ? (
          <DropdownMenuItem
            onSelect={() => action.mutate({ org, reportId: pair.reportId, action: paused ? "resume" : "pause" })}
          >
            {paused ? <CirclePlay aria-hidden /> : <CirclePause aria-hidden />}
            {paused ? "Resume 1:1s" : "Pause 1:1s"}
          </DropdownMenuItem>
        ) : null}
        <DropdownMenuItem onSelect={onSchedule}>
          <CalendarPlus aria-hidden /> New 1:1
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
