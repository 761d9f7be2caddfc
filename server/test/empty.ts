// Stands in for the "server-only" package under Vitest: services import "server-only" to keep them
// out of client bundles, and that package throws when loaded outside a React Server environment.
export {};
