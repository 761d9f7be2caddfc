export const listPeople = () => [];
