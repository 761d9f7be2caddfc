import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { getSessionUserId } from "@/server/auth/session";
import { getDb } from "@/server/db";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({ db: getDb(), userId: await getSessionUserId(), headers: req.headers }),
  });

export { handler as GET, handler as POST };
