import { db } from "../../server/db";

export default function Page() {
  return <p>{String(db.ready)}</p>;
}
