"use client";
// The report's one-tap "was this 1:1 useful?" (only they see it; their manager sees trends, not this card).
import { useMutation } from "@tanstack/react-query";
import { Frown, Meh, Smile } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/textarea";
import type { Meeting } from "./types";
import { useMeetingCache, usePageCtx } from "./use-meeting";

type Rating = "YES" | "SOMEWHAT" | "NO";
const CHOICES: { value: Rating; label: string; icon: typeof Smile; on: string }[] = [
  { value: "YES", label: "Yes", icon: Smile, on: "border-success bg-success-subtle text-success-subtle-foreground" },
  {
    value: "SOMEWHAT",
    label: "Somewhat",
    icon: Meh,
    on: "border-warning bg-warning-subtle text-warning-subtle-foreground",
  },
  { value: "NO", label: "No", icon: Frown, on: "border-danger bg-danger-subtle text-danger-subtle-foreground" },
];

export function FeedbackCard({ feedback }: { feedback: Meeting["feedback"] }) {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const cache = useMeetingCache(ctx);
  const [comment, setComment] = useState(feedback?.comment ?? "");
  const submit = useMutation(
    trpc.oneOnOnes.feedback.mutationOptions({
      ...cache.optimistic((m, v: { rating: Rating; comment?: string }) => ({
        ...m,
        feedback: { rating: v.rating, comment: v.comment || null },
      })),
      onSuccess: () => toast.success("Thanks, your feedback is saved"),
    }),
  );
  const send = (rating: Rating) =>
    submit.mutate({ org: ctx.org, meetingId: ctx.meetingId, rating, comment: comment.trim() || undefined });
  const chosen = feedback?.rating;
  return (
    <Card>
      <CardHeader>
        <CardTitle id="feedback-title">Was this 1:1 useful?</CardTitle>
        <CardDescription>One tap, only for you to answer. It helps make your 1:1s better.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        <fieldset aria-labelledby="feedback-title" className="grid grid-cols-3 gap-2">
          {CHOICES.map(({ value, label, icon: Icon, on }) => (
            <Button
              key={value}
              variant="secondary"
              aria-pressed={chosen === value}
              onClick={() => send(value)}
              className={cn("h-auto flex-col gap-1 py-3", chosen === value && on)}
            >
              <Icon aria-hidden className="size-5!" />
              {label}
            </Button>
          ))}
        </fieldset>
        <label htmlFor="feedback-comment" className="sr-only">
          Comment (optional)
        </label>
        <Textarea
          id="feedback-comment"
          rows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder="Anything to add? (optional)"
        />
        {chosen ? (
          <div className="flex items-center justify-between gap-2">
            <p className="text-muted-foreground text-xs">
              You answered “{CHOICES.find((c) => c.value === chosen)?.label}”. Change it any time.
            </p>
            {comment.trim() !== (feedback?.comment ?? "") ? (
              <Button size="sm" variant="secondary" onClick={() => send(chosen)} loading={submit.isPending}>
                Save comment
              </Button>
            ) : null}
          </div>
        ) : (
          <p className="text-muted-foreground text-xs">Pick an answer to save; the comment goes with it.</p>
        )}
      </CardContent>
    </Card>
  );
}
