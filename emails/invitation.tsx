import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./_components/layout";

export type InvitationEmailProps = { url: string; orgName: string; inviterName: string; inviteeName: string };

export default function InvitationEmail({ url, orgName, inviterName, inviteeName }: InvitationEmailProps) {
  return (
    <EmailLayout
      preview={`${inviterName} invited you to ${orgName} on Rapport`}
      footer="The invitation expires in 7 days. If you were not expecting it, you can ignore this email."
    >
      <Text>Hi {inviteeName},</Text>
      <Text>
        {inviterName} invited you to join <strong>{orgName}</strong> on Rapport, where your team keeps regular 1:1s,
        follows through on what was agreed and recognises each other.
      </Text>
      <Button href={url} style={buttonStyle}>
        Join {orgName}
      </Button>
      <Text>
        Or paste this link into your browser: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  url: "http://localhost:3000/invite/example-token",
  orgName: "Northwind Labs",
  inviterName: "Hannah Reyes",
  inviteeName: "Jordan",
} satisfies InvitationEmailProps;
