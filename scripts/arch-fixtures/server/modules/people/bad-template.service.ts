import InvitationEmail from "../../../emails/invitation";

export const template = InvitationEmail;
