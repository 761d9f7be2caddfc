// Allowed: server/email turns templates into emails.
import InvitationEmail from "../../emails/invitation";

export const templates = { invitation: InvitationEmail };
