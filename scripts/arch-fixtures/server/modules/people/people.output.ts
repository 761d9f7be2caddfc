export const ZPeoplePage = { items: [] };
