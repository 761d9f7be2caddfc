export const appRouter = { people: true };
export type AppRouter = typeof appRouter;
