import { appRouter } from "../api/root";

export const job = () => appRouter;
