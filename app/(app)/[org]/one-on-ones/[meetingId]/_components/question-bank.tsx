"use client";
// Prompts for a better conversation: one click puts a question on the agenda. Managers grow the
// organization's bank.
import { useMutation } from "@tanstack/react-query";
import { Check, Lightbulb, Plus } from "lucide-react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import type { Meeting, TalkingPoint } from "./types";
import { useMeetingCache, usePageCtx } from "./use-meeting";
import { usePointMutations } from "./use-points";

type Props = { questions: Meeting["questions"]; points: TalkingPoint[] };

export function QuestionBank({ questions, points }: Props) {
  const { me } = usePageCtx();
  const { add } = usePointMutations();
  const onAgenda = new Set(points.filter((p) => !p.checkedAt).map((p) => p.text.trim().toLowerCase()));
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Lightbulb aria-hidden className="size-4 text-warning" />
          Question bank
        </CardTitle>
        <CardDescription>Stuck for a topic? Add a question as a talking point.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {questions.length === 0 ? (
          <p className="text-muted-foreground text-sm">
            No questions yet.{me.role === "MANAGER" ? " Add one below; it becomes available in every 1:1." : ""}
          </p>
        ) : (
          <ul aria-label="Question bank" className="-mx-2 space-y-0.5">
            {questions.map((q) => {
              const added = onAgenda.has(q.text.trim().toLowerCase());
              return (
                <li
                  key={q.id}
                  className="flex items-center justify-between gap-2 rounded-md px-2 py-1.5 hover:bg-muted"
                >
                  <span className="text-sm">{q.text}</span>
                  {added ? (
                    <span className="inline-flex shrink-0 items-center gap-1 text-muted-foreground text-xs">
                      <Check aria-hidden className="size-3.5 text-success" />
                      On the agenda
                    </span>
                  ) : (
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`Add “${q.text}” as a talking point`}
                      title="Add as a talking point"
                      onClick={() => add(q.text)}
                    >
                      <Plus aria-hidden />
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {me.role === "MANAGER" ? <AddQuestion /> : null}
      </CardContent>
    </Card>
  );
}

function AddQuestion() {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const cache = useMeetingCache(ctx);
  const addQuestion = useMutation(
    trpc.oneOnOnes.addQuestion.mutationOptions({
      onSuccess: () => {
        toast.success("Added to your organization's question bank");
        return cache.invalidate();
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <form
      className="flex gap-2 border-t pt-3"
      action={(form) => {
        const text = String(form.get("text") ?? "").trim();
        if (text) addQuestion.mutate({ org: ctx.org, text });
      }}
    >
      <Input
        name="text"
        aria-label="New question for the bank"
        placeholder="A question worth asking…"
        maxLength={300}
        className="h-9"
        autoComplete="off"
      />
      <Button type="submit" variant="secondary" size="sm" className="h-9" loading={addQuestion.isPending}>
        Save
      </Button>
    </form>
  );
}
