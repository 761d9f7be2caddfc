// Allowed: procedures through server/api, a pure schema shared with forms, a service's types.
import { appRouter } from "../../server/api/root";
import { ZPerson } from "../../server/modules/people/people.schema";
import type { listPeople } from "../../server/modules/people/people.service";

export type People = ReturnType<typeof listPeople>;
export default function Page() {
  return <p>{Object.keys({ ...appRouter, ...ZPerson }).join()}</p>;
}
