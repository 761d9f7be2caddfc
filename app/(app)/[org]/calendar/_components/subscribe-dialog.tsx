"use client";
// The secret iCal feed: milestones the viewer may see and their own 1:1s, in any calendar app. Only
// a hash of the token is stored, so the link shows once, right after it is made; "New link" revokes
// the old one at once.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarSync, Copy } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { savedLabel } from "@/components/format/dates";
import { Button, ButtonLink } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";

export function SubscribeDialog({ org, zone }: { org: string; zone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const sub = useQuery({ ...trpc.calendar.subscription.queryOptions({ org }), enabled: open });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.subscription.queryKey({ org }) });
  const regenerate = useMutation(
    trpc.calendar.regenerateFeed.mutationOptions({
      onSuccess: ({ token }) => {
        setUrl(`${window.location.origin}/api/calendar/${token}.ics`);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revokeFeed.mutationOptions({
      onSuccess: () => {
        setUrl(null);
        void refresh();
        toast.success("Calendar feed turned off: the old link no longer works");
      },
    }),
  );
  const webcal = url?.replace(/^https?:/, "webcal:");
  const copy = async (text: string) => {
    await navigator.clipboard.writeText(text);
    toast.success("Link copied");
  };
  const active = sub.data?.active;
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setUrl(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">
          <CalendarSync aria-hidden /> Subscribe
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Subscribe from your calendar app</DialogTitle>
          <DialogDescription>
            A private link with the milestones you may see and your own 1:1s. Anyone with the link can read it: keep it
            to yourself.
          </DialogDescription>
        </DialogHeader>
        <div className="space-y-4 text-sm">
          {url && webcal ? (
            <>
              <p role="status">Your new link. It shows only now: copy it into your calendar app.</p>
              <div className="flex gap-2">
                <Input readOnly value={url} aria-label="Calendar feed link" onFocus={(e) => e.currentTarget.select()} />
                <Button variant="secondary" onClick={() => void copy(url)}>
                  <Copy aria-hidden /> Copy
                </Button>
              </div>
              <ButtonLink href={webcal} variant="secondary">
                Open in your calendar app
              </ButtonLink>
            </>
          ) : (
            <p className="text-muted-foreground">
              {sub.isPending
                ? "Checking your subscription…"
                : active
                  ? `You have a link, made ${sub.data?.createdAt ? savedLabel(sub.data.createdAt, zone) : ""}${
                      sub.data?.lastUsedAt ? `, last read ${savedLabel(sub.data.lastUsedAt, zone)}` : ", not read yet"
                    }. Lost it? Make a new one: the old one stops working at once.`
                  : "You have no link yet."}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button loading={regenerate.isPending} onClick={() => regenerate.mutate({ org })}>
              {active || url ? "Make a new link" : "Make my link"}
            </Button>
            {(active || url) && (
              <Button variant="ghost" loading={revoke.isPending} onClick={() => revoke.mutate({ org })}>
                Turn off
              </Button>
            )}
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
