"use client";
// HR admin controls: manager (kept as history), role, team and title, deactivation.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Options, Select } from "@/components/ui/select";

type Role = "ADMIN" | "MANAGER" | "EMPLOYEE";
type Props = {
  org: string;
  person: {
    id: string;
    name: string;
    title: string | null;
    role: Role;
    status: "ACTIVE" | "DEACTIVATED";
    teamId: string | null;
    managerId: string | null;
  };
  permissions: { changeManager: boolean; changeRole: boolean; deactivate: boolean };
  teams: { id: string; name: string }[];
  people: { id: string; name: string; title: string | null }[];
};

export function AdminControls({ org, person, permissions, teams, people }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [managerId, setManagerId] = useState(person.managerId ?? "");
  const done = (message: string) => () => {
    toast.success(message);
    router.refresh();
  };
  const onError = (e: { message: string }) => toast.error(e.message);
  const changeManager = useMutation(
    trpc.people.changeManager.mutationOptions({ onSuccess: done("Manager updated"), onError }),
  );
  const changeRole = useMutation(trpc.people.changeRole.mutationOptions({ onSuccess: done("Role updated"), onError }));
  const update = useMutation(trpc.people.update.mutationOptions({ onSuccess: done("Profile saved"), onError }));
  const setStatus = useMutation(trpc.people.setStatus.mutationOptions({ onSuccess: done("Status updated"), onError }));
  const fieldErrors = update.error?.data?.fieldErrors ?? {};

  return (
    <Card className="lg:col-span-2">
      <CardHeader>
        <CardTitle>Admin</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-2">
        {permissions.changeManager && (
          <form
            className="space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              changeManager.mutate({ org, personId: person.id, managerId: managerId || null });
            }}
          >
            <Field
              label="Manager"
              description="The change is recorded in the manager history."
              error={changeManager.error?.data?.fieldErrors?.managerId?.[0]}
            >
              <Select name="managerId" value={managerId} onChange={(e) => setManagerId(e.target.value)}>
                <Options items={people} none="No manager" withTitle />
              </Select>
            </Field>
            <Button
              type="submit"
              variant="secondary"
              loading={changeManager.isPending}
              disabled={managerId === (person.managerId ?? "")}
            >
              Change manager
            </Button>
          </form>
        )}
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            update.mutate({
              org,
              personId: person.id,
              name: String(f.get("name")),
              title: String(f.get("title") ?? "") || null,
              teamId: String(f.get("teamId") ?? "") || null,
            });
          }}
        >
          <Field label="Name" error={fieldErrors.name?.[0]} required>
            <Input name="name" defaultValue={person.name} required />
          </Field>
          <Field label="Title" error={fieldErrors.title?.[0]}>
            <Input name="title" defaultValue={person.title ?? ""} />
          </Field>
          <Field label="Team" error={fieldErrors.teamId?.[0]}>
            <Select name="teamId" defaultValue={person.teamId ?? ""}>
              <Options items={teams} none="No team" />
            </Select>
          </Field>
          <Button type="submit" variant="secondary" loading={update.isPending}>
            Save profile
          </Button>
        </form>
        {permissions.changeRole && (
          <Field label="Role" description="HR admins see everyone's people data and adherence, never 1:1 content.">
            <Select
              value={person.role}
              disabled={changeRole.isPending}
              onChange={(e) => changeRole.mutate({ org, personId: person.id, role: e.target.value as Role })}
            >
              <option value="EMPLOYEE">Employee</option>
              <option value="MANAGER">Manager</option>
              <option value="ADMIN">HR admin</option>
            </Select>
          </Field>
        )}
        {permissions.deactivate && (
          <div className="space-y-2">
            <p className="font-medium text-sm">Access</p>
            <p className="text-muted-foreground text-sm">
              {person.status === "ACTIVE"
                ? "Deactivating signs them out of this organization on their next request. Their history is kept."
                : "Reactivating restores their access."}
            </p>
            <Button
              variant={person.status === "ACTIVE" ? "danger" : "secondary"}
              loading={setStatus.isPending}
              onClick={() => {
                const status = person.status === "ACTIVE" ? "DEACTIVATED" : "ACTIVE";
                if (status === "ACTIVE" || confirm(`Deactivate ${person.name}?`))
                  setStatus.mutate({ org, personId: person.id, status });
              }}
            >
              {person.status === "ACTIVE" ? "Deactivate" : "Reactivate"}
            </Button>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
