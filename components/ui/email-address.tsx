import { cn } from "./cn";

/**
 * An email address that wraps before its "@" when it does not fit, and inside a part only when that
 * part alone is wider than the line: "priya.patel" / "@northwind.example", never "northwind.ex" / "ample".
 */
export function EmailAddress({ email, className }: { email: string; className?: string }) {
  const at = email.lastIndexOf("@");
  return (
    <span className={cn("wrap-anywhere", className)}>
      {at > 0 ? (
        <>
          {email.slice(0, at)}
          <wbr />
          {email.slice(at)}
        </>
      ) : (
        email
      )}
    </span>
  );
}
