// Allowed: a component may know the router's type; nothing of the server runs in the browser.
import type { AppRouter } from "../server/api/root";

export type Routes = keyof AppRouter;
