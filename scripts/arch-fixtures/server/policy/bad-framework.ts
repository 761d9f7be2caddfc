import { TRPCError } from "@trpc/server";

export const deny = () => new TRPCError({ code: "FORBIDDEN" });
