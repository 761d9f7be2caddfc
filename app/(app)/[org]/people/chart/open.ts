// Which managers of the org chart start expanded: pure, so it is unit-tested (open.test.ts).
export type ChartNode = { id: string; name: string; title: string | null; team: string | null; children: ChartNode[] };

export function allManagerIds(nodes: ChartNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.children.length) {
      out.push(n.id);
      allManagerIds(n.children, out);
    }
  }
  return out;
}

/** Up to this many people the chart opens fully; a larger org opens the roots and the way to the viewer. */
export const OPEN_ALL_UP_TO = 500;

/** The managers above `id`, nearest last (empty when `id` is a root or not in the tree). */
function pathTo(nodes: ChartNode[], id: string, above: string[] = []): string[] | null {
  for (const n of nodes) {
    if (n.id === id) return above;
    const found = pathTo(n.children, id, [...above, n.id]);
    if (found) return found;
  }
  return null;
}

const countAll = (nodes: ChartNode[]): number => nodes.reduce((sum, n) => sum + 1 + countAll(n.children), 0);

export function initiallyOpen(roots: ChartNode[], me: string | null): Set<string> {
  if (countAll(roots) <= OPEN_ALL_UP_TO) return new Set(allManagerIds(roots));
  return new Set([...roots.map((r) => r.id), ...(me ? (pathTo(roots, me) ?? []) : [])]);
}
