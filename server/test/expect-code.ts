// Awaits a call that must be refused with a given tRPC code, and returns the error to inspect.
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { ZodError, z } from "zod";
import { AppError } from "../lib/errors";

export async function expectCode(p: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  expect((err as TRPCError).code).toBe(code);
  return err as TRPCError;
}

/** The fields a refused call names, as the error formatter sends them (zod's top-level paths or the service's). */
export function fieldErrorKeys(err: TRPCError): string[] {
  const cause = err.cause;
  if (cause instanceof ZodError) return Object.keys(z.flattenError(cause).fieldErrors);
  if (cause instanceof AppError) return Object.keys(cause.fieldErrors ?? {});
  return [];
}
