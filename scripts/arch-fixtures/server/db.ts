export type Db = { ready: boolean };
export const db: Db = { ready: true };
