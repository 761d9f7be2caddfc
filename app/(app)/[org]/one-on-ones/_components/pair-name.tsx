import Link from "next/link";

/** The other person of a pair, linking to their page (the overview's rows and the manager card). */
export function PairName({ org, id, name }: { org: string; id: string; name: string }) {
  return (
    <Link href={`/${org}/people/${id}`} className="break-words font-medium underline-offset-4 hover:underline">
      {name}
    </Link>
  );
}
