import { Resend } from "resend";

export const client = Resend;
