// Every URL under an org that no real route claims lands here. A section whose issue has not landed
// yet (navItems' built: false) gets an honest "not built yet" page; anything else is the in-org 404
// (../not-found.tsx, inside the shell), served with HTTP 404. A real route folder (e.g.
// app/(app)/[org]/calendar/) takes precedence over this catch-all when its section arrives.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComingSoon } from "@/components/coming-soon";
import { unbuiltSection } from "@/components/shell/nav-items";
import { ButtonLink } from "@/components/ui/button";

type Props = { params: Promise<{ org: string; section: string[] }> };

async function sectionOf(params: Props["params"]) {
  const { section } = await params;
  return section.length === 1 && section[0] ? unbuiltSection(section[0]) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await sectionOf(params))?.label ?? "Page not found" };
}

export default async function SectionPage({ params }: Props) {
  const section = await sectionOf(params);
  if (!section) notFound();
  const { org } = await params;
  return (
    <ComingSoon
      title={section.label}
      description={section.summary}
      icon={section.icon}
      action={<ButtonLink href={`/${org}/one-on-ones`}>Open your 1:1s</ButtonLink>}
    />
  );
}
