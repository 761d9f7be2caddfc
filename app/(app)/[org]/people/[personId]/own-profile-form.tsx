"use client";
// Self-service profile fields: time zone (drives nudge timing), birthday (month/day, no year) and
// how milestones are celebrated.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { zoneChoices, zoneLabel } from "@/components/format/meeting-time";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

type Celebrate = "PUBLIC" | "PRIVATE" | "NONE";
type Props = {
  org: string;
  person: { id: string; timeZone: string; celebrate: Celebrate; birthday: { month: number; day: number } | null };
};

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function OwnProfileForm({ org, person }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(
    trpc.people.update.mutationOptions({
      onSuccess: () => {
        toast.success("Preferences saved");
        router.refresh();
      },
    }),
  );
  const errors = update.error?.data?.fieldErrors ?? {};
  const zones = zoneChoices(person.timeZone);

  return (
    <Card>
      <CardHeader>
        <CardTitle>Time zone and celebrations</CardTitle>
      </CardHeader>
      <CardContent>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const month = Number(f.get("month"));
            const day = Number(f.get("day"));
            update.mutate({
              org,
              personId: person.id,
              timeZone: String(f.get("timeZone")),
              celebrate: String(f.get("celebrate")) as Celebrate,
              birthday: month && day ? { month, day } : null,
            });
          }}
        >
          <Field label="Time zone" description="Reminders arrive in your local morning." error={errors.timeZone?.[0]}>
            <Select name="timeZone" defaultValue={person.timeZone}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {zoneLabel(z)}
                </option>
              ))}
            </Select>
          </Field>
          <fieldset className="grid grid-cols-2 gap-3">
            <legend className="mb-1 font-medium text-sm">Birthday (no year)</legend>
            <Select name="month" aria-label="Birthday month" defaultValue={person.birthday?.month ?? ""}>
              <option value="">Month</option>
              {MONTHS.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </Select>
            <Select name="day" aria-label="Birthday day" defaultValue={person.birthday?.day ?? ""}>
              <option value="">Day</option>
              {DAYS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </Select>
            {errors.birthday && <p className="col-span-2 text-danger text-sm">{errors.birthday[0]}</p>}
          </fieldset>
          <Field label="Celebrate my milestones" error={errors.celebrate?.[0]}>
            <Select name="celebrate" defaultValue={person.celebrate}>
              <option value="PUBLIC">Publicly, with the whole organization</option>
              <option value="PRIVATE">Privately, with my manager only</option>
              <option value="NONE">Not at all</option>
            </Select>
          </Field>
          {update.error && !Object.keys(errors).length && (
            <p role="alert" className="text-danger text-sm">
              {update.error.message}
            </p>
          )}
          <Button type="submit" loading={update.isPending}>
            Save preferences
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
