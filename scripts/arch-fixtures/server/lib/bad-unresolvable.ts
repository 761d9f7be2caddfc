import { missing } from "./does-not-exist";

export const x = missing;
