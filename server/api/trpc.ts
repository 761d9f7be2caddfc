// tRPC initialisation: context, superjson, and the one error formatter (AppError, Prisma, zod).
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import type { Db } from "../db";
import { env } from "../env";
import { AppError, prismaErrorCode } from "../lib/errors";
import { requestOrigin } from "../lib/forwarded";

export type Context = {
  db: Db;
  /** The signed-in user (next-auth database session), or null. */
  userId: string | null;
  /** Request headers when called over HTTP; absent for server-side callers (RSC, jobs, tests). */
  headers?: Headers;
  /**
   * One request's memo of the caller's membership per org slug (orgProcedure), so a page calling
   * five procedures loads it once. Made per request (a page render, an HTTP batch), never shared:
   * a deactivated member still loses access on their next request.
   */
  memberships?: Map<string, Promise<unknown>>;
};

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError
        ? (z.flattenError(cause).fieldErrors as Record<string, string[]>)
        : cause instanceof AppError
          ? cause.fieldErrors
          : undefined;
    return {
      ...shape,
      // Internal errors never leak their message to the client in production.
      message: shape.data.code === "INTERNAL_SERVER_ERROR" && env.isProduction ? "Something went wrong" : shape.message,
      data: { ...shape.data, stack: undefined, fieldErrors: fieldErrors ?? null },
    };
  },
});

/** Turns service errors into TRPCErrors with the right code; everything else passes through. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      throw new TRPCError({ code: cause.code, message: cause.message, cause });
    }
    const prismaCode = prismaErrorCode(cause);
    if (prismaCode) {
      const message =
        prismaCode === "CONFLICT"
          ? "That already exists"
          : prismaCode === "NOT_FOUND"
            ? "Not found"
            : "Invalid reference";
      throw new TRPCError({ code: prismaCode, message, cause });
    }
  }
  return result;
});

/**
 * Cross-site request refusal for mutations (CSRF defence in depth; cookies are SameSite=Lax too).
 * Browsers send Sec-Fetch-Site; older ones at least send Origin, which must match Host.
 */
const sameOriginMutations = t.middleware(({ ctx, type, next }) => {
  if (type === "mutation" && ctx.headers && !isSameOrigin(ctx.headers)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Cross-site request refused" });
  }
  return next();
});

export function isSameOrigin(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  const origin = headers.get("origin");
  if (!origin) return true; // non-browser clients (curl, server-to-server) carry no ambient cookies by default
  // The whole origin: scheme, host and port (https://host is not the same site as http://host).
  try {
    return new URL(origin).origin === requestOrigin(headers);
  } catch {
    return false;
  }
}

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const baseProcedure = t.procedure.use(mapErrors).use(sameOriginMutations);
