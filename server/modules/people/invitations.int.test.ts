import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createOrg, createPerson } from "../../test/factories";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function setup() {
  const org = await createOrg(t.db, { name: "Acme", slug: "acme", timeZone: "Europe/London" });
  const admin = await createPerson(t.db, { organizationId: org.id, name: "Hana Admin", role: "ADMIN" });
  const manager = await createPerson(t.db, { organizationId: org.id, name: "Mia Manager", role: "MANAGER" });
  const employee = await createPerson(t.db, { organizationId: org.id, name: "Eve Employee", managerId: manager.id });
  return { org, admin, manager, employee };
}

const tokenFromOutbox = async (to: string) => {
  const mail = await t.db.emailOutbox.findFirstOrThrow({
    where: { to, kind: "invitation" },
    orderBy: { createdAt: "desc" },
  });
  const token = mail.text.match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no invitation link in the email");
  return token;
};

describe("invitations", () => {
  it("an admin invites by email; the invitee signs in and joins with role, manager and history", async () => {
    const { admin, manager } = await setup();
    const inv = await callerFor(t.db, admin.userId).invitations.create({
      org: "acme",
      name: "Nia New",
      email: " Nia.New@Example.com ",
      role: "EMPLOYEE",
      managerId: manager.id,
    });
    expect(inv.email).toBe("nia.new@example.com");
    const token = await tokenFromOutbox("nia.new@example.com");
    expect((await t.db.invitation.findFirstOrThrow()).tokenHash).not.toContain(token); // only the hash is stored

    const user = await t.db.user.create({ data: { email: "nia.new@example.com" } }); // next-auth creates this on sign-in
    const invitee = callerFor(t.db, user.id);
    expect(await invitee.invitations.describe({ token })).toMatchObject({ orgName: "Acme", accepted: false });
    expect(await invitee.invitations.accept({ token })).toEqual({ orgSlug: "acme" });
    const m = await t.db.membership.findFirstOrThrow({ where: { userId: user.id } });
    expect(m).toMatchObject({
      name: "Nia New",
      role: "EMPLOYEE",
      managerId: manager.id,
      timeZone: "Europe/London",
      status: "ACTIVE",
    });
    expect(await t.db.managerHistory.count({ where: { reportId: m.id, managerId: manager.id, endedAt: null } })).toBe(
      1,
    );
    expect((await invitee.people.list({ org: "acme" })).total).toBe(4);
    // accepting twice is harmless
    await invitee.invitations.accept({ token });
    expect(await t.db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("someone signed in with another address cannot use the invitation", async () => {
    const { admin, employee } = await setup();
    await callerFor(t.db, admin.userId).invitations.create({ org: "acme", name: "Nia", email: "nia@example.com" });
    const token = await tokenFromOutbox("nia@example.com");
    const err = await callerFor(t.db, employee.userId)
      .invitations.accept({ token })
      .catch((e: TRPCError) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("FORBIDDEN");
    expect(await t.db.invitation.count({ where: { acceptedAt: { not: null } } })).toBe(0);
  });

  it("revoked, replaced and unknown tokens are NOT_FOUND", async () => {
    const { admin } = await setup();
    const caller = callerFor(t.db, admin.userId);
    const first = await caller.invitations.create({ org: "acme", name: "Nia", email: "nia@example.com" });
    const firstToken = await tokenFromOutbox("nia@example.com");
    await caller.invitations.create({ org: "acme", name: "Nia", email: "nia@example.com" }); // replaces the first
    const user = await t.db.user.create({ data: { email: "nia@example.com" } });
    await expect(callerFor(t.db, user.id).invitations.accept({ token: firstToken })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(caller.invitations.revoke({ org: "acme", invitationId: first.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(t.db, user.id).invitations.accept({ token: "x".repeat(43) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await caller.invitations.list({ org: "acme" })).map((i) => i.email)).toEqual(["nia@example.com"]);
  });

  it("only admins invite; existing members are a CONFLICT; nothing is written or sent on refusal", async () => {
    const { manager, admin, employee } = await setup();
    await expect(
      callerFor(t.db, manager.userId).invitations.create({ org: "acme", name: "X", email: "x@example.com" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      callerFor(t.db, admin.userId).invitations.create({ org: "acme", name: "Eve", email: employee.user.email }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerFor(t.db, manager.userId).invitations.list({ org: "acme" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await t.db.invitation.count()).toBe(0);
    expect(await t.db.emailOutbox.count()).toBe(0);
  });
});
