import {
  Award,
  CalendarDays,
  LayoutDashboard,
  type LucideIcon,
  MessagesSquare,
  Settings,
  Target,
  Users,
} from "lucide-react";

export type NavItem = { segment: string; label: string; icon: LucideIcon };

/** The app's sections, in sidebar order; each lives at /<org>/<segment>. */
export const navItems: readonly NavItem[] = [
  { segment: "dashboard", label: "Dashboard", icon: LayoutDashboard },
  { segment: "one-on-ones", label: "1:1s", icon: MessagesSquare },
  { segment: "calendar", label: "Calendar", icon: CalendarDays },
  { segment: "recognition", label: "Recognition", icon: Award },
  { segment: "competencies", label: "Competencies", icon: Target },
  { segment: "people", label: "People", icon: Users },
  { segment: "settings", label: "Settings", icon: Settings },
];

/** A section is active on its own page and on anything below it (/acme/people/123 lights up People). */
export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
