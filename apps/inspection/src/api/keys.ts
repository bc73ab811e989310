import type { RouterInputs } from '@duda/api-client';

// Query keys start with the procedure path, so invalidating ['org'] after an org change refreshes them all.
export const orgKeys = {
  halls: (input: RouterInputs['org']['halls']) => ['org', 'halls', input] as const,
  tree: () => ['org', 'tree'] as const,
  node: (id: string | null) => ['org', 'node', id] as const,
};
