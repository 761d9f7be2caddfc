// Sections whose issue has not landed yet get an honest "coming soon" page. A real route folder
// (e.g. app/(app)/[org]/calendar/) takes precedence over this dynamic segment when it arrives.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComingSoon } from "@/components/coming-soon";

const SECTIONS: Record<string, { title: string; description: string }> = {
  dashboard: {
    title: "Dashboard",
    description:
      "Per-report relationship lines and team KPIs: 1:1 adherence, recognition coverage, reciprocity and who has not been recognised lately.",
  },
  "one-on-ones": {
    title: "1:1s",
    description:
      "Recurring, DST-correct 1:1 cadences with shared talking points, private notes and action items that carry over until done.",
  },
  calendar: {
    title: "Calendar",
    description:
      "A month grid and agenda of birthdays, work anniversaries, milestones and 1:1s, with a private iCal feed.",
  },
  recognition: {
    title: "Recognition",
    description: "Kudos and thank-you notes, birthdays, anniversaries and custom milestones, with reciprocity metrics.",
  },
  competencies: {
    title: "Competencies",
    description:
      "Competency frameworks with observable behaviours, expected results and a leader check, reviewed with evidence during 1:1s.",
  },
  settings: {
    title: "Settings",
    description:
      "Notification preferences, quiet hours and one-click unsubscribe for every nudge; organization defaults for HR admins.",
  },
};

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: SECTIONS[(await params).section]?.title ?? "Not found" };
}

export default async function SectionPage({ params }: Props) {
  const section = SECTIONS[(await params).section];
  if (!section) notFound();
  return <ComingSoon title={section.title} description={section.description} />;
}
