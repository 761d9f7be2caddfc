/** "Applies to everyone", "Applies to Platform and Design", "Everyone; Platform has its own"... in one line. */
export function appliesTo(f: { status: string; orgWide: boolean; teams: { name: string }[] }): string {
  if (f.status === "ARCHIVED") return "Applies to no one (archived)";
  const teams = f.teams.map((t) => t.name);
  const list = teams.length <= 2 ? teams.join(" and ") : `${teams.slice(0, -1).join(", ")} and ${teams.at(-1)}`;
  if (f.orgWide) return `Applies to ${teams.length ? `${list} and to ` : ""}everyone without a team framework`;
  return teams.length ? `Applies to ${list}` : "Applies to no one yet";
}
