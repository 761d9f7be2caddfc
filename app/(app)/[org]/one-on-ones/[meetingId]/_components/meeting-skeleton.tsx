import { Skeleton, SkeletonText } from "@/components/ui/skeleton";

function CardSkeleton({ lines, rows = 0 }: { lines: number; rows?: number }) {
  return (
    <div className="space-y-4 rounded-lg border bg-surface p-5 shadow-card">
      <Skeleton className="h-5 w-36" />
      <SkeletonText lines={lines} />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders never reorder
        <div key={i} className="flex items-center gap-3">
          <Skeleton className="size-4 rounded" />
          <Skeleton className="h-4 flex-1" />
        </div>
      ))}
    </div>
  );
}

/** The 1:1 page's shape while it loads: header, then the two columns. */
export function MeetingSkeleton() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-4 w-40" />
      <div className="flex items-start gap-4">
        <Skeleton className="size-12 rounded-full" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-7 w-64 max-w-full" />
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-5 w-24 rounded-full" />
        </div>
        <Skeleton className="hidden h-10 w-28 sm:block" />
      </div>
      <Skeleton className="h-4 w-80 max-w-full" />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <CardSkeleton lines={1} rows={4} />
          <CardSkeleton lines={5} />
        </div>
        <div className="space-y-6">
          <CardSkeleton lines={1} rows={3} />
          <CardSkeleton lines={3} />
        </div>
      </div>
    </div>
  );
}
