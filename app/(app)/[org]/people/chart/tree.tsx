"use client";
// An expandable tree following the WAI-ARIA tree pattern (roving focus, arrows expand/collapse).
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { type KeyboardEvent, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/components/ui/cn";

export type ChartNode = { id: string; name: string; title: string | null; team: string | null; children: ChartNode[] };

export function OrgChartTree({ org, roots }: { org: string; roots: ChartNode[] }) {
  const [open, setOpen] = useState<Set<string>>(() => new Set(roots.map((r) => r.id)));
  const toggle = (id: string, value?: boolean) =>
    setOpen((prev) => {
      const next = new Set(prev);
      (value ?? !next.has(id)) ? next.add(id) : next.delete(id);
      return next;
    });

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>("[role=treeitem] > div > a"));
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (i < 0) return;
    const id = items[i]?.dataset.id ?? "";
    const move = (j: number) => items[Math.max(0, Math.min(items.length - 1, j))]?.focus();
    if (e.key === "ArrowDown") move(i + 1);
    else if (e.key === "ArrowUp") move(i - 1);
    else if (e.key === "ArrowRight") toggle(id, true);
    else if (e.key === "ArrowLeft") toggle(id, false);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(items.length - 1);
    else return;
    e.preventDefault();
  }

  return (
    <ul role="tree" aria-label="Organization chart" className="rounded-xl border border-border bg-surface p-2" onKeyDown={onKeyDown}>
      {roots.map((n) => (
        <Node key={n.id} node={n} org={org} open={open} toggle={toggle} level={1} />
      ))}
    </ul>
  );
}

type NodeProps = { node: ChartNode; org: string; open: Set<string>; toggle: (id: string) => void; level: number };

function Node({ node, org, open, toggle, level }: NodeProps) {
  const expanded = open.has(node.id);
  const hasChildren = node.children.length > 0;
  return (
    <li role="treeitem" aria-expanded={hasChildren ? expanded : undefined} aria-level={level} aria-selected={false}>
      <div className="flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-muted" style={{ paddingLeft: `${(level - 1) * 1.25 + 0.5}rem` }}>
        {hasChildren ? (
          <button
            type="button"
            tabIndex={-1}
            onClick={() => toggle(node.id)}
            aria-label={`${expanded ? "Collapse" : "Expand"} ${node.name}'s reports`}
            className="rounded p-0.5 hover:bg-border"
          >
            <ChevronRight aria-hidden className={cn("size-4 transition-transform", expanded && "rotate-90")} />
          </button>
        ) : (
          <span className="w-5" />
        )}
        <Avatar name={node.name} size="xs" decorative />
        <Link href={`/${org}/people/${node.id}`} data-id={node.id} className="min-w-0 truncate text-sm hover:underline">
          <span className="font-medium">{node.name}</span>
          {node.title && <span className="text-muted-foreground"> · {node.title}</span>}
        </Link>
        {hasChildren && <span className="ml-auto text-muted-foreground text-xs">{node.children.length}</span>}
      </div>
      {hasChildren && expanded && (
        <ul role="group">
          {node.children.map((c) => (
            <Node key={c.id} node={c} org={org} open={open} toggle={toggle} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}
