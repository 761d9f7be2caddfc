// Every string any procedure accepts refuses NUL and other control characters (PostgreSQL answers
// a NUL in text with error 22021, a 500). The procedures are discovered from appRouter, so a new
// procedure or field that uses a bare z.string() fails here.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { appRouter } from "./root";

type AnySchema = z.core.$ZodType;
const SAMPLES = ["\u0000", "a\u0000b", "America/New_York\u0000", "a\u0007b", `${"x".repeat(22)}\u0000${"y".repeat(3)}`];
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

/** The string-accepting positions of a schema: [path, the outermost schema at that position]. */
function stringPositions(schema: AnySchema, path: string, out: [string, AnySchema][] = []) {
  let inner = schema;
  for (;;) {
    const def = inner._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; getter?: () => AnySchema };
    if (WRAPPERS.has(def.type) && def.innerType) inner = def.innerType;
    else if (def.type === "pipe" && def.in) inner = def.in;
    else if (def.type === "lazy" && def.getter) inner = def.getter();
    else break;
  }
  const def = inner._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    options?: AnySchema[];
  };
  if (def.type === "string") out.push([path, schema]);
  else if (def.type === "object" && def.shape)
    for (const [key, value] of Object.entries(def.shape)) stringPositions(value, `${path}.${key}`, out);
  else if (def.type === "array" && def.element) stringPositions(def.element, `${path}[]`, out);
  else if (def.type === "union" && def.options) {
    const nested: [string, AnySchema][] = [];
    for (const option of def.options) stringPositions(option, path, nested);
    // A union of a string with something else is checked as a whole (e.g. Date | ISO string).
    if (nested.some(([p]) => p === path)) out.push([path, schema]);
    out.push(...nested.filter(([p]) => p !== path));
  }
  return out;
}

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { inputs: AnySchema[] } }>,
);

describe("procedure inputs", () => {
  it("finds the procedures and their string fields", () => {
    expect(procedures.length).toBeGreaterThan(30);
    const fields = procedures.flatMap(([name, p]) => p._def.inputs.flatMap((s) => stringPositions(s, name)));
    expect(fields.length).toBeGreaterThan(60);
  });

  it.each(procedures)("%s refuses NUL and control characters in every string field", async (_name, procedure) => {
    const positions = procedure._def.inputs.flatMap((s) => stringPositions(s, "input"));
    for (const [path, schema] of positions) {
      for (const sample of SAMPLES) {
        const result = await (schema as z.ZodType).safeParseAsync(sample);
        expect({ path, sample, accepted: result.success }).toEqual({ path, sample, accepted: false });
      }
    }
  });
});
