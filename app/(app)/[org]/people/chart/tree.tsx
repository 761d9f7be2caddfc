"use client";
// Nested lists with disclosure buttons (the WAI-ARIA disclosure pattern): every manager's reports
// expand and collapse with a real button, and Tab moves through people in reading order.
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { allManagerIds, type ChartNode, initiallyOpen } from "./open";

export type { ChartNode };

const reportsLabel = (n: number) => `${n} direct ${n === 1 ? "report" : "reports"}`;

export function OrgChartTree({ org, roots, me }: { org: string; roots: ChartNode[]; me: string | null }) {
  const [open, setOpen] = useState<Set<string>>(() => initiallyOpen(roots, me));
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="space-y-3">
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" onClick={() => setOpen(new Set(allManagerIds(roots)))}>
          Expand all
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(new Set())}>
          Collapse all
        </Button>
      </div>
      <ul aria-label="Organization chart" className="rounded-xl border border-border bg-surface p-2">
        {roots.map((n) => (
          <Node key={n.id} node={n} org={org} open={open} toggle={toggle} depth={0} me={me} />
        ))}
      </ul>
    </div>
  );
}

type NodeProps = {
  node: ChartNode;
  org: string;
  open: Set<string>;
  toggle: (id: string) => void;
  depth: number;
  me: string | null;
};

function Node({ node, org, open, toggle, depth, me }: NodeProps) {
  const isMe = node.id === me;
  const expanded = open.has(node.id);
  const hasChildren = node.children.length > 0;
  const groupId = `reports-${node.id}`;
  return (
    <li>
      <div
        className={cn(
          "flex items-center gap-2 rounded-md px-2 py-1.5 hover:bg-muted",
          isMe && "bg-brand-subtle hover:bg-brand-subtle",
        )}
        style={{ paddingLeft: `${depth * 1.25 + 0.5}rem` }}
      >
        {hasChildren ? (
          <button
            type="button"
            onClick={() => toggle(node.id)}
            aria-expanded={expanded}
            aria-controls={groupId}
            aria-label={`${node.name}: ${reportsLabel(node.children.length)}`}
            className="rounded p-0.5 hover:bg-border"
          >
            <ChevronRight aria-hidden className={cn("size-4 transition-transform", expanded && "rotate-90")} />
          </button>
        ) : (
          <span className="w-5" />
        )}
        <Avatar name={node.name} size="xs" decorative />
        <Link
          href={`/${org}/people/${node.id}`}
          aria-current={isMe ? "true" : undefined}
          className="min-w-0 truncate text-sm hover:underline"
        >
          <span className="font-medium">{node.name}</span>
          {isMe && <span className="font-medium text-brand-subtle-foreground"> (you)</span>}
          {node.title && <span className="text-muted-foreground"> · {node.title}</span>}
          {node.team && <span className="text-muted-foreground"> · {node.team}</span>}
        </Link>
        {hasChildren && (
          <span className="ml-auto shrink-0 text-muted-foreground text-xs">{reportsLabel(node.children.length)}</span>
        )}
      </div>
      {hasChildren && expanded && (
        <ul id={groupId}>
          {node.children.map((c) => (
            <Node key={c.id} node={c} org={org} open={open} toggle={toggle} depth={depth + 1} me={me} />
          ))}
        </ul>
      )}
    </li>
  );
}
