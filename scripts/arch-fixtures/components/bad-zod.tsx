// Breaks browser-no-zod: zod in browser code (validation belongs to the server's procedures).
import { z } from "zod";

export const Email = z.string();
