import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import type { App } from 'vue';
import { isClientError } from './errors.ts';

const MAX_RETRIES = 2;

/**
 * Server data cache for the portal. A 4xx is an answer (bad input, no permission, session gone), so it is
 * never retried; network and 5xx failures are retried twice with the library's backoff.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < MAX_RETRIES && !isClientError(error),
        staleTime: 30_000,
        // Inspectors switch apps on the shop floor constantly; refetching on every return is noise.
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/** Installs Vue Query with the portal's client. The shell installs it once; remote pages render inside. */
export const apiQueryPlugin = {
  install(app: App, queryClient: QueryClient = createQueryClient()): void {
    app.use(VueQueryPlugin, { queryClient });
  },
};
