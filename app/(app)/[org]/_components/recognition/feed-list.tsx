"use client";
// A recognition list, keyset-paged with "Show more": the org's public feed, or one person's
// received / given recognition as far as the viewer may see it (the server decides).
import { useInfiniteQuery } from "@tanstack/react-query";
import { Award } from "lucide-react";
import type { ReactNode } from "react";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { RecognitionCard } from "./recognition-card";
import { type FeedInput, feedPaging } from "./types";

type Props = {
  input: FeedInput;
  zone: string;
  meId: string;
  /** Names the list for screen readers ("Recognition received by Priya Patel"). */
  label: string;
  empty: { title: string; body: ReactNode; action?: ReactNode };
};

export function FeedList({ input, zone, meId, label, empty }: Props) {
  const trpc = useTRPC();
  const feed = useInfiniteQuery(trpc.recognition.feed.infiniteQueryOptions(input, feedPaging));
  if (feed.isPending) return <FeedSkeleton />;
  if (feed.isError)
    return (
      <p role="alert" className="text-danger-subtle-foreground text-sm">
        {feed.error.message}
      </p>
    );
  const items = feed.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return (
      <EmptyState icon={Award} title={empty.title} action={empty.action} headingLevel="h3">
        {empty.body}
      </EmptyState>
    );
  return (
    <div className="space-y-3">
      <ul aria-label={label} className="space-y-3">
        {items.map((item) => (
          <li key={item.id}>
            <RecognitionCard org={input.org} zone={zone} meId={meId} item={item} />
          </li>
        ))}
      </ul>
      {feed.hasNextPage && (
        <div className="flex justify-center">
          <Button variant="secondary" loading={feed.isFetchingNextPage} onClick={() => void feed.fetchNextPage()}>
            Show more
          </Button>
        </div>
      )}
    </div>
  );
}

export function FeedSkeleton() {
  return (
    <div className="space-y-3" role="status" aria-busy="true" aria-label="Loading recognition">
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-32 w-full" />
      ))}
    </div>
  );
}
