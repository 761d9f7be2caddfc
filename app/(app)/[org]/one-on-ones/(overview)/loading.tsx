import { PageHeader } from "@/components/ui/page-header";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

function Rows({ count }: { count: number }) {
  return (
    <div className="space-y-3">
      <Skeleton className="h-6 w-40" />
      <div className="divide-y divide-border rounded-xl border bg-surface">
        {Array.from({ length: count }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders never reorder
          <div key={i} className="flex items-center gap-3 p-4">
            <Skeleton className="size-8 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-3.5 w-64 max-w-full" />
            </div>
            <Skeleton className="hidden h-8 w-28 sm:block" />
          </div>
        ))}
      </div>
    </div>
  );
}

export default function Loading() {
  return (
    <LoadingRegion label="Loading your 1:1s…" className="space-y-10">
      <PageHeader title="1:1s" description="Your 1:1s as a manager and as a report." />
      <Rows count={4} />
      <div className="grid gap-8 lg:grid-cols-2">
        <Rows count={3} />
        <Rows count={3} />
      </div>
    </LoadingRegion>
  );
}
