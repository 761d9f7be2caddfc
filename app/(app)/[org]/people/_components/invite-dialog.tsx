"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UserPlus } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Options, Select } from "@/components/ui/select";

type Option = { id: string; name: string };

export function InviteDialog({ org, teams, managers }: { org: string; teams: Option[]; managers: Option[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const invite = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: (inv) => {
        toast.success(`Invitation sent to ${inv.email}`);
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
      },
    }),
  );
  const fieldErrors = invite.error?.data?.fieldErrors ?? {};
  const err = (k: string) => fieldErrors[k]?.[0];

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) invite.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden className="size-4" /> Invite person
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Invite a person</DialogTitle>
          <DialogDescription>
            They get an email link that signs them in and adds them to your organization.
          </DialogDescription>
        </DialogHeader>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const s = (k: string) => String(f.get(k) ?? "") || undefined;
            invite.mutate({
              org,
              name: String(f.get("name") ?? ""),
              email: String(f.get("email") ?? ""),
              title: s("title"),
              role: (s("role") as "EMPLOYEE" | "MANAGER" | "ADMIN" | undefined) ?? "EMPLOYEE",
              managerId: s("managerId"),
              teamId: s("teamId"),
            });
          }}
        >
          <Field label="Name" error={err("name")} required>
            <Input name="name" autoComplete="off" required />
          </Field>
          <Field label="Email" error={err("email")} required>
            <Input name="email" type="email" autoComplete="off" required />
          </Field>
          <Field label="Title" error={err("title")}>
            <Input name="title" />
          </Field>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field label="Role">
              <Select name="role" defaultValue="EMPLOYEE">
                <option value="EMPLOYEE">Employee</option>
                <option value="MANAGER">Manager</option>
                <option value="ADMIN">HR admin</option>
              </Select>
            </Field>
            <Field label="Manager">
              <Select name="managerId" defaultValue="">
                <Options items={managers} none="None" />
              </Select>
            </Field>
            <Field label="Team">
              <Select name="teamId" defaultValue="">
                <Options items={teams} none="None" />
              </Select>
            </Field>
          </div>
          {invite.error && !Object.keys(fieldErrors).length && (
            <p role="alert" className="text-danger text-sm">
              {invite.error.message}
            </p>
          )}
          <DialogFooter>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
