"use client";

import { ChevronsUpDown, LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ThemeRadioItems } from "./theme-toggle";
import { roleLabel, type ShellUser } from "./types";

export type UserMenuProps = {
  user: ShellUser;
  /** "full" shows name and email next to the avatar (sidebar); "compact" is the avatar alone (phone top bar). */
  variant?: "full" | "compact";
  className?: string;
};

export function UserMenu({ user, variant = "full", className }: UserMenuProps) {
  const compact = variant === "compact";
  return (
    <DropdownMenu>
      {/* Named by its content (never an aria-label that hides the visible name and email from speech
          input): "Account menu for Marcus Chen marcus@…" in the sidebar, "Account menu for Marcus Chen" compact. */}
      <DropdownMenuTrigger
        className={cn(
          "flex items-center gap-3 rounded-md text-left transition-colors hover:bg-muted",
          compact ? "p-1" : "w-full p-2",
          className,
        )}
      >
        <Avatar name={user.name} size="sm" decorative />
        {compact ? (
          <span className="sr-only">Account menu for {user.name}</span>
        ) : (
          <>
            <span className="min-w-0 flex-1">
              <span className="block truncate text-sm font-medium">
                <span className="sr-only">Account menu for </span>
                {user.name}
              </span>
              <span className="block truncate text-xs text-muted-foreground">{user.email}</span>
            </span>
            <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted-foreground" />
          </>
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align={compact ? "end" : "start"} side={compact ? "bottom" : "top"} className="w-64">
        <div className="flex items-start gap-3 px-2 py-2">
          <Avatar name={user.name} size="md" decorative />
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-medium">{user.name}</p>
            <p className="truncate text-xs text-muted-foreground">{user.email}</p>
            <Badge variant="brand" className="mt-1.5">
              {roleLabel[user.role]}
            </Badge>
          </div>
        </div>
        <DropdownMenuSeparator />
        <DropdownMenuLabel>Theme</DropdownMenuLabel>
        <ThemeRadioItems />
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="danger" onSelect={() => void signOut({ callbackUrl: "/" })}>
          <LogOut aria-hidden />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
