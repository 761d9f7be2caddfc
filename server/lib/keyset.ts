// Keyset pagination, one way for every list (people, the heatmap, the recognition feed). Never OFFSET
// (PERF-NOTES: 196 -> 3 ms at depth). A list asks for `limit + 1` rows past its cursor in its own order
// (reversed when paging backward), with `keysetWhere` for a (sort key, id) cursor in Prisma or a row
// comparison `(key, id) < (…)` in SQL (the feed, the heatmap); `keysetPage` trims the extra row, restores the order and gives both ends' cursors.

type Cmp = "gt" | "lt";

/**
 * Rows strictly after (`gt`) or before (`lt`) a (key, id) cursor, for a Prisma `where`. The key's
 * own bound (`gte` / `lte`) repeats what the OR implies, so the index scan starts at the cursor
 * instead of testing every row before it (deep pages: 16.5 -> 0.07 ms at 40,000 rows).
 */
export function keysetWhere<K extends string, V>(key: K, cursor: { value: V; id: string }, cmp: Cmp): Keyset<K, V> {
  const bound = cmp === "gt" ? "gte" : "lte";
  return {
    [key]: { [bound]: cursor.value },
    OR: [{ [key]: { [cmp]: cursor.value } }, { [key]: cursor.value, id: { [cmp]: cursor.id } }],
  } as Keyset<K, V>;
}

type Keyset<K extends string, V> = { [P in K]: { gte?: V; lte?: V } } & {
  OR: [{ [P in K]: { [C in Cmp]?: V } }, { [P in K]: V } & { id: { [C in Cmp]?: string } }];
};

/**
 * One page from `limit + 1` fetched rows. Forward: `nextCursor` when there are more, `prevCursor` when
 * this page was reached through a cursor. Backward (rows came in reverse order): the other way round.
 */
export function keysetPage<R, C>(
  rows: R[],
  o: { limit: number; backward?: boolean; hadCursor: boolean; cursorOf: (row: R) => C },
): { page: R[]; nextCursor: C | null; prevCursor: C | null } {
  const hasMore = rows.length > o.limit;
  const page = rows.slice(0, o.limit);
  if (o.backward) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const at = (r: R | undefined) => (r === undefined ? null : o.cursorOf(r));
  return o.backward
    ? { page, nextCursor: at(last), prevCursor: hasMore ? at(first) : null }
    : { page, nextCursor: hasMore ? at(last) : null, prevCursor: o.hadCursor ? at(first) : null };
}
