"use client";
// One recognition: who thanked whom, the message, its competency tag, reactions (public only, not on
// one's own), and for its giver an edit within 15 minutes; the giver or an HR admin deletes it with undo.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Lock, Pencil, SmilePlus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { whenLabel } from "@/components/format/dates";
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
import { Textarea } from "@/components/ui/textarea";
import { EMOJIS, MESSAGE_MAX } from "@/server/modules/recognition/recognition.limits";
import type { RecognitionItem } from "./types";

type Props = { org: string; zone: string; meId: string; item: RecognitionItem };

const isEmoji = (s: string): s is (typeof EMOJIS)[number] => (EMOJIS as readonly string[]).includes(s);

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

export function RecognitionCard({ org, zone, meId, item }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.recognition.feed.pathKey() });
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState(item.message);
  const react = useMutation(trpc.recognition.react.mutationOptions({ onSettled: refresh }));
  const edit = useMutation(
    trpc.recognition.edit.mutationOptions({
      onSuccess: () => {
        setEditing(false);
        void refresh();
      },
    }),
  );
  const restore = useMutation(trpc.recognition.restore.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.recognition.remove.mutationOptions({
      onSuccess: () => {
        void refresh();
        toast("Recognition deleted", {
          duration: 10_000,
          action: { label: "Undo", onClick: () => restore.mutate({ org, recognitionId: item.id }) },
        });
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  const canReact = item.visibility === "PUBLIC" && item.giver.id !== meId;
  const recipients = joinNames(item.recipients.map((r) => r.name));
  const isMine = item.giver.id === meId;

  return (
    <article
      className="rounded-lg border bg-surface p-4 shadow-card"
      aria-label={`${item.giver.name} to ${recipients}`}
    >
      <header className="flex flex-wrap items-start gap-3">
        <Avatar name={item.giver.name} size="md" decorative />
        <div className="min-w-0 flex-1">
          <p className="text-sm">
            <PersonLink org={org} person={item.giver} /> <span className="text-muted-foreground">thanked</span>{" "}
            {item.recipients.map((r, i) => (
              <span key={r.id}>
                {i > 0 && (i === item.recipients.length - 1 ? " and " : ", ")}
                <PersonLink org={org} person={r} />
              </span>
            ))}
          </p>
          <p className="text-muted-foreground text-xs">
            <time dateTime={item.createdAt.toISOString()}>{whenLabel(item.createdAt, zone)}</time>
            {item.editedAt && " · edited"}
          </p>
        </div>
        {item.visibility === "PRIVATE" && (
          <Badge variant="outline">
            <Lock aria-hidden /> Private
          </Badge>
        )}
      </header>
      {editing ? (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            edit.mutate({ org, recognitionId: item.id, message });
          }}
        >
          <Textarea
            aria-label="Message"
            value={message}
            maxLength={MESSAGE_MAX}
            onChange={(e) => setMessage(e.target.value)}
            aria-invalid={!!edit.error}
          />
          {edit.error && (
            <p role="alert" className="text-danger-subtle-foreground text-sm">
              {edit.error.data?.fieldErrors?.message?.[0] ?? edit.error.message}
            </p>
          )}
          <div className="flex gap-2">
            <Button type="submit" size="sm" loading={edit.isPending}>
              Save
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <p className="mt-3 whitespace-pre-line break-words text-sm leading-relaxed">{item.message}</p>
      )}
      {item.competency && (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-xs">
          <Badge variant="brand">{item.competency.name}</Badge>
          {item.behaviour && <span className="text-muted-foreground">{item.behaviour}</span>}
        </p>
      )}
      <footer className="mt-3 flex flex-wrap items-center gap-1.5">
        {item.reactions.map((r) =>
          canReact ? (
            <button
              key={r.emoji}
              type="button"
              aria-pressed={r.mine}
              aria-label={`${r.emoji} ${r.count}: ${r.mine ? "remove your reaction" : "react"}`}
              disabled={react.isPending}
              onClick={() =>
                isEmoji(r.emoji) && react.mutate({ org, recognitionId: item.id, emoji: r.emoji, on: !r.mine })
              }
              className={cn(
                "inline-flex h-7 items-center gap-1 rounded-full border px-2 text-sm transition-colors hover:bg-muted",
                r.mine && "border-brand bg-brand-subtle text-brand-subtle-foreground",
              )}
            >
              <span aria-hidden>{r.emoji}</span>
              <span className="text-xs tabular-nums">{r.count}</span>
            </button>
          ) : (
            <span key={r.emoji} className="inline-flex h-7 items-center gap-1 rounded-full border px-2 text-sm">
              <span aria-hidden>{r.emoji}</span>
              <span className="text-xs tabular-nums">
                {r.count}
                <span className="sr-only"> {r.emoji} reactions</span>
              </span>
            </span>
          ),
        )}
        {canReact && (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button size="icon-sm" variant="ghost" aria-label={`Add a reaction to ${item.giver.name}'s recognition`}>
                <SmilePlus aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="start" className="flex min-w-0 gap-1 p-1">
              {EMOJIS.filter((e) => !item.reactions.some((r) => r.emoji === e && r.mine)).map((emoji) => (
                <DropdownMenuItem
                  key={emoji}
                  className="justify-center px-2 text-lg"
                  onSelect={() => react.mutate({ org, recognitionId: item.id, emoji, on: true })}
                >
                  {emoji}
                </DropdownMenuItem>
              ))}
            </DropdownMenuContent>
          </DropdownMenu>
        )}
        <span className="ml-auto flex gap-1">
          {item.canEdit && !editing && (
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
              <Pencil aria-hidden /> Edit<span className="sr-only"> your recognition to {recipients}</span>
            </Button>
          )}
          {item.canDelete && (
            <Button
              size="sm"
              variant="ghost"
              loading={remove.isPending}
              onClick={() => remove.mutate({ org, recognitionId: item.id })}
            >
              <Trash2 aria-hidden /> Delete
              <span className="sr-only">
                {isMine ? " your recognition" : ` ${item.giver.name}'s recognition`} to {recipients}
              </span>
            </Button>
          )}
        </span>
      </footer>
    </article>
  );
}

function PersonLink({ org, person }: { org: string; person: { id: string; name: string } }) {
  return (
    <Link
      href={`/${org}/people/${person.id}`}
      className="font-medium underline decoration-border underline-offset-4 hover:decoration-foreground"
    >
      {person.name}
    </Link>
  );
}
