// Keyset cursors travel in the URL as base64url JSON (people, the heatmap); anything malformed is ignored (first page).
import "server-only";
import { z } from "zod";

const ZCursor = z.object({ name: z.string().max(200), id: z.string().max(40) });
export type Cursor = z.infer<typeof ZCursor>;

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    return ZCursor.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
  } catch {
    return undefined;
  }
}
