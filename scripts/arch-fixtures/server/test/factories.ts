export const createPerson = () => ({ id: "p1" });
