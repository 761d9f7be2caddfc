"use client";
// A person's recognition, received and given, as far as the viewer may see it (the feed's rules).
import { useState } from "react";
import { FeedList } from "@/app/(app)/[org]/_components/recognition/feed-list";
import { RecogniseButton } from "@/app/(app)/[org]/recognition/_components/recognise-button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

type Props = { org: string; zone: string; meId: string; person: { id: string; name: string; isMe: boolean } };
const TABS = [
  { id: "received", label: "Received" },
  { id: "given", label: "Given" },
] as const;

export function PersonRecognition({ org, zone, meId, person }: Props) {
  const [tab, setTab] = useState<"received" | "given">("received");
  const who = person.isMe ? "you" : person.name;
  return (
    <Card className="lg:col-span-2">
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle>Recognition</CardTitle>
        {!person.isMe && (
          <RecogniseButton
            size="sm"
            variant="secondary"
            prefill={{ recipients: [{ id: person.id, name: person.name }] }}
          >
            Recognise {person.name}
          </RecogniseButton>
        )}
      </CardHeader>
      <CardContent className="space-y-4">
        <fieldset className="inline-flex rounded-md border p-0.5">
          <legend className="sr-only">Which recognition</legend>
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              aria-pressed={tab === t.id}
              onClick={() => setTab(t.id)}
              className={cn(
                "rounded px-3 py-1 font-medium text-sm",
                tab === t.id
                  ? "bg-brand-subtle text-brand-subtle-foreground"
                  : "text-muted-foreground hover:text-foreground",
              )}
            >
              {t.label}
            </button>
          ))}
        </fieldset>
        <FeedList
          input={{ org, personId: person.id, tab, limit: 5 }}
          zone={zone}
          meId={meId}
          label={`Recognition ${tab} by ${who}`}
          empty={
            tab === "received"
              ? { title: `Nothing received by ${who} yet`, body: "Public and private thanks to them show here." }
              : { title: `Nothing given by ${who} yet`, body: "Thanks they give to others shows here." }
          }
        />
      </CardContent>
    </Card>
  );
}
