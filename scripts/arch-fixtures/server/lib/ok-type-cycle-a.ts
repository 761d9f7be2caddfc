// Allowed: a cycle through an `import type` edge is erased at build time.
import { bLabel } from "./ok-type-cycle-b";

export type A = { label: string };
export const aLabel = bLabel;
