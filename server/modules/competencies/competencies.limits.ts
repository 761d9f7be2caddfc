// Competency framework limits (README "Competencies"): the schemas enforce them, forms show them.
export const NAME_MAX = 120;
export const TEXT_MAX = 1_000;
export const BEHAVIOURS_MAX = 12;
export const LEVELS_MIN = 2;
export const LEVELS_MAX = 7;
export const EVIDENCE_MAX = 5_000;
