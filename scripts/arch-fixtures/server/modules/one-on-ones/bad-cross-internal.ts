import { secretHelper } from "../people/internal";

export const helper = secretHelper;
