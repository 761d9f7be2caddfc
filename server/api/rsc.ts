// Server components call procedures directly (no HTTP hop) through the same router and policies.
import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { notFound, redirect } from "next/navigation";
import { cache, createElement, type ReactNode } from "react";
import { getSessionUserId } from "../auth/session";
import { getDb } from "../db";
import { makeQueryClient } from "./query-client";
import { appRouter, createCaller } from "./root";
import type { Context } from "./trpc";

// One context per request (React's cache), with its membership memo (Context.memberships).
const getContext = cache(
  async (): Promise<Context> => ({ db: getDb(), userId: await getSessionUserId(), memberships: new Map() }),
);

/** Direct caller for server components: `const people = await (await api()).people.list({...})`. */
export const api = cache(async () => createCaller(await getContext()));

/** The signed-in user and their orgs, loaded once per request (layout and page share it). */
export const currentUser = cache(async () => (await api()).orgs.me());

export const getQueryClient = cache(makeQueryClient);
export const trpc = createTRPCOptionsProxy({ ctx: getContext, router: appRouter, queryClient: getQueryClient });

export function HydrateClient({ children }: { children: ReactNode }) {
  return createElement(HydrationBoundary, { state: dehydrate(getQueryClient()) }, children);
}

/**
 * Server components: NOT_FOUND (another org's slug or id) renders the 404 page, not a 500; a lost
 * session goes to sign-in.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof TRPCError && e.code === "UNAUTHORIZED") redirect("/signin");
    if (e instanceof TRPCError && (e.code === "NOT_FOUND" || e.code === "BAD_REQUEST")) notFound();
    throw e;
  }
}

/** The caller's membership in `org` (role, id, profile zone), or the 404 page (the layout checks it too). */
export async function myMembership(org: string) {
  const me = (await orNotFound(currentUser()))?.orgs.find((o) => o.slug === org);
  if (!me) notFound();
  return me;
}
