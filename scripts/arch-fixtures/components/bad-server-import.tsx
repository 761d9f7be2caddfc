import { appRouter } from "../server/api/root";

export const routes = Object.keys(appRouter);
