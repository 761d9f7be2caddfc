// Even a type import: templates are pure (props in, markup out).
import type { AppRouter } from "../server/api/root";

export type Routes = keyof AppRouter;
