// Allowed: the one importer of resend and of the renderer.
import { render } from "@react-email/render";
import { Resend } from "resend";

export const transport = { render, Resend };
