export const secretHelper = () => 42;
