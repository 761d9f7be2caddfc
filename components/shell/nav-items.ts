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

export type NavItem = {
  segment: string;
  label: string;
  icon: LucideIcon;
  /**
   * False until the section's issue lands: the nav marks it "Soon", the landing page says it is coming,
   * and /<org>/<segment> is an honest "not built yet" page (app/(app)/[org]/[...section]).
   */
  built: boolean;
  /** What the section does (or will do), in one sentence: the coming-soon page and the landing page use it. */
  summary: string;
};

/** The app's sections, in sidebar order; each lives at /<org>/<segment>. */
export const navItems: readonly NavItem[] = [
  {
    segment: "dashboard",
    label: "Dashboard",
    icon: LayoutDashboard,
    built: true,
    summary:
      "Per-report relationship lines and team KPIs: 1:1 adherence, recognition coverage, reciprocity and who has not been recognised lately.",
  },
  {
    segment: "one-on-ones",
    label: "1:1s",
    icon: MessagesSquare,
    built: true,
    summary:
      "Recurring, DST-correct 1:1 cadences per manager–report pair, with shared talking points, private notes and action items that carry over until done.",
  },
  {
    segment: "calendar",
    label: "Calendar",
    icon: CalendarDays,
    built: true,
    summary: "A month grid and agenda of birthdays, work anniversaries, milestones and 1:1s, with a private iCal feed.",
  },
  {
    segment: "recognition",
    label: "Recognition",
    icon: Award,
    built: true,
    summary: "Kudos and thank-you notes, birthdays, anniversaries and custom milestones, with reciprocity metrics.",
  },
  {
    segment: "competencies",
    label: "Competencies",
    icon: Target,
    built: true,
    summary:
      "Competency frameworks with observable behaviours, expected results and a leader check, reviewed with evidence during 1:1s.",
  },
  {
    segment: "people",
    label: "People",
    icon: Users,
    built: true,
    summary: "The directory and org chart: who reports to whom, time zones, invitations and manager changes.",
  },
  {
    segment: "settings",
    label: "Settings",
    icon: Settings,
    built: false,
    summary:
      "Notification preferences, quiet hours and one-click unsubscribe for every nudge; organization defaults for HR admins.",
  },
];

/** A section that is not built yet, by its URL segment (undefined for built or unknown segments). */
export function unbuiltSection(segment: string): NavItem | undefined {
  return navItems.find((item) => item.segment === segment && !item.built);
}

/** A section is active on its own page and on anything below it (/acme/people/123 lights up People). */
export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
