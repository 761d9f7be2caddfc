import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout } from "./_components/layout";

export type MagicLinkEmailProps = { url: string; host: string };

export default function MagicLinkEmail({ url, host }: MagicLinkEmailProps) {
  return (
    <EmailLayout
      preview="Your sign-in link for Rapport"
      footer={`If you did not ask to sign in to ${host}, you can ignore this email. The link expires in 24 hours and works once.`}
    >
      <Text>Click the button below to sign in to Rapport.</Text>
      <Button href={url} style={buttonStyle}>
        Sign in to Rapport
      </Button>
      <Text>
        Or paste this link into your browser: <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=example&email=priya.patel%40northwind.example",
  host: "localhost:3000",
} satisfies MagicLinkEmailProps;
