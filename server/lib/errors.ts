// Services throw AppError; server/api/trpc.ts maps it (and Prisma's known errors) to tRPC codes in
// one place, so no service wraps its queries in try/catch.
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Optional per-field messages, shown next to form inputs like zod's. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what = "Not found") => new AppError("NOT_FOUND", what);
export const forbidden = (why = "You do not have permission to do this") => new AppError("FORBIDDEN", why);
export const badRequest = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("BAD_REQUEST", message, fieldErrors);
export const conflict = (message: string) => new AppError("CONFLICT", message);

/** Maps Prisma's request errors by code without importing the generated client here. */
export function prismaErrorCode(e: unknown): AppErrorCode | undefined {
  const code = typeof e === "object" && e !== null && "code" in e ? (e as { code: unknown }).code : undefined;
  if (code === "P2002") return "CONFLICT";
  if (code === "P2025") return "NOT_FOUND";
  if (code === "P2003") return "BAD_REQUEST";
  return undefined;
}
