import { listPeople } from "../../server/modules/people/people.service";

export default function Page() {
  return <p>{listPeople().length}</p>;
}
