import { calendarRouter } from "../modules/calendar/calendar.router";
import { competenciesRouter } from "../modules/competencies/competencies.router";
import { dashboardRouter } from "../modules/dashboard/dashboard.router";
import { devRouter } from "../modules/dev/dev.router";
import { oneOnOnesRouter } from "../modules/one-on-ones/one-on-ones.router";
import { orgsRouter } from "../modules/orgs/orgs.router";
import { invitationsRouter, peopleRouter } from "../modules/people/people.router";
import { recognitionRouter } from "../modules/recognition/recognition.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  orgs: orgsRouter,
  people: peopleRouter,
  invitations: invitationsRouter,
  oneOnOnes: oneOnOnesRouter,
  competencies: competenciesRouter,
  recognition: recognitionRouter,
  calendar: calendarRouter,
  dashboard: dashboardRouter,
  dev: devRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
