// The one extension point for evidence from outside the review itself: recognition tagged with a
// competency, received by the person since a date. Recognition lands in a later issue; until then
// nobody has any, and the panel shows none. Its caller has already checked the viewer may see the
// person's ratings (rating.view).
import "server-only";
import type { OrgCtx } from "../../lib/context";

export type RecognitionEvidence = { id: string; at: Date; fromName: string; message: string };

export async function recognitionEvidence(
  _ctx: OrgCtx,
  _query: { personId: string; competencyId: string; since: Date | null },
): Promise<RecognitionEvidence[]> {
  return [];
}
