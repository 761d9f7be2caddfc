// Awaits a call that must be refused with a given tRPC code, and returns the error to inspect.
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

export async function expectCode(p: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  expect((err as TRPCError).code).toBe(code);
  return err as TRPCError;
}
