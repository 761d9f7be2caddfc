// Allowed: plain data and functions.
export const can = (role: string) => role === "ADMIN";
