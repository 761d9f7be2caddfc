export default function InvitationEmail({ url }: { url: string }) {
  return <a href={url}>Join</a>;
}
