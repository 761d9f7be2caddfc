export const orgProcedure = { kind: "org" };
