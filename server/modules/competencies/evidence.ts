// The one extension point for evidence from outside the review itself: recognition tagged with a
// competency, received by the person since a date (the recognition module's, filtered to what the
// viewer may see). Its caller has already checked the viewer may see the person's ratings (rating.view).
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { taggedEvidence } from "../recognition/recognition.service";

export type RecognitionEvidence = { id: string; at: Date; fromName: string; message: string };

export function recognitionEvidence(
  ctx: OrgCtx,
  query: { personId: string; competencyId: string; since: Date | null },
): Promise<RecognitionEvidence[]> {
  return taggedEvidence(ctx, query);
}
