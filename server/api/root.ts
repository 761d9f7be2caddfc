import { orgsRouter } from "../modules/orgs/orgs.router";
import { invitationsRouter, peopleRouter } from "../modules/people/people.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  orgs: orgsRouter,
  people: peopleRouter,
  invitations: invitationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
