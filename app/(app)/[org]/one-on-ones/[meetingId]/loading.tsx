import { LoadingRegion } from "@/components/ui/skeleton";
import { MeetingSkeleton } from "./_components/meeting-skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading the 1:1…">
      <MeetingSkeleton />
    </LoadingRegion>
  );
}
