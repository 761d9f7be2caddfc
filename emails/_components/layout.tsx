import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f6f5f2", fontFamily: "-apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif" },
  container: { backgroundColor: "#ffffff", borderRadius: 12, margin: "32px auto", maxWidth: 520, padding: "32px" },
  brand: { color: "#0f766e", fontSize: 18, fontWeight: 700, margin: 0 },
  footer: { color: "#6b7280", fontSize: 12, lineHeight: "18px" },
};

export function EmailLayout({
  preview,
  children,
  footer,
}: {
  preview: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Rapport</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={styles.footer}>
            {footer ?? "Rapport helps teams build strong working relationships on purpose."}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const buttonStyle = {
  backgroundColor: "#0f766e",
  borderRadius: 8,
  color: "#ffffff",
  display: "inline-block",
  fontSize: 15,
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
