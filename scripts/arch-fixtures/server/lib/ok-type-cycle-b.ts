import type { A } from "./ok-type-cycle-a";

export const bLabel: A["label"] = "b";
