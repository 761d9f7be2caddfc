export const ZPerson = { name: "string" };
