export type ShellOrg = { slug: string; name: string };
export type ShellMembership = ShellOrg & { role: string };
export type ShellRole = "ADMIN" | "MANAGER" | "EMPLOYEE";
export type ShellUser = { name: string; email: string; role: ShellRole };

export const roleLabel: Record<ShellRole, string> = {
  ADMIN: "HR admin",
  MANAGER: "Manager",
  EMPLOYEE: "Employee",
};
