import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import type { TRPCClient } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';
import { keyOfPath, queryKeysFor } from './query-keys.ts';
import type { KeyPath, MutationPath, ProcedureInput, ProcedureOutput, QueryPath } from './query-keys.ts';

export interface ProcedureQueryOptions {
  enabled?: MaybeRefOrGetter<boolean>;
  /** Keeps the previous answer on screen while the next input loads (paged lists). */
  keepPrevious?: boolean;
  staleTime?: number;
  /** Asks again when the person comes back to the tab (off by default: see createQueryClient). */
  refetchOnWindowFocus?: boolean;
}

export interface ProcedureMutationOptions<TRouter extends AnyRouter> {
  /**
   * The routers or query procedures whose cached answers this change makes stale, and only those:
   * `['inspection.plans', 'inspection.inspections.tasks']`.
   */
  invalidates: readonly KeyPath<TRouter>[];
  /** Also refresh them when the call fails (e.g. a conflict means someone else changed the record). */
  invalidateOnError?: boolean;
}

interface CallableProcedure {
  query(input: unknown, options: { signal?: AbortSignal }): Promise<unknown>;
  mutate(input: unknown): Promise<unknown>;
}

// The tRPC client is a proxy: any path resolves to a callable, which fails at call time if the server lacks it.
function procedureAt(client: object, path: string): CallableProcedure {
  return path
    .split('.')
    .reduce<object>(
      (node, segment) => (node as Record<string, object>)[segment]!,
      client,
    ) as CallableProcedure;
}

/**
 * Query helpers for one tRPC client, keyed by procedure path: `queryKeyOf`, `useProcedureQuery` and
 * `useProcedureMutation` (which invalidates exactly the paths it names).
 */
export function procedureQueries<TRouter extends AnyRouter>(client: TRPCClient<TRouter>) {
  const queryKeyOf = queryKeysFor<TRouter>();

  /**
   * The key and function of a procedure's query with this input, as `useProcedureQuery` asks it: what a route
   * hands the shell to start the page's first query while the page's code still loads (`prefetchQuery`).
   */
  function procedureQueryOptions<Path extends QueryPath<TRouter>>(
    path: Path,
    input: ProcedureInput<TRouter, Path>,
  ) {
    const procedure = procedureAt(client, path);
    return {
      queryKey: keyOfPath(path, input),
      queryFn: ({ signal }: { signal?: AbortSignal }) =>
        procedure.query(input, { signal }) as Promise<ProcedureOutput<TRouter, Path>>,
    };
  }

  function useProcedureQuery<Path extends QueryPath<TRouter>>(
    path: Path,
    input: MaybeRefOrGetter<ProcedureInput<TRouter, Path>>,
    options: ProcedureQueryOptions = {},
  ) {
    return useQuery({
      queryKey: computed(() => keyOfPath(path, toValue(input))),
      queryFn: (context) => procedureQueryOptions(path, toValue(input)).queryFn(context),
      enabled: computed(() => toValue(options.enabled ?? true)),
      // Only what the caller set: an explicit undefined would override the client's defaults.
      ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
      ...(options.staleTime === undefined ? {} : { staleTime: options.staleTime }),
      ...(options.refetchOnWindowFocus === undefined
        ? {}
        : { refetchOnWindowFocus: options.refetchOnWindowFocus }),
    });
  }

  function useProcedureMutation<Path extends MutationPath<TRouter>>(
    path: Path,
    { invalidates, invalidateOnError = false }: ProcedureMutationOptions<TRouter>,
  ) {
    const procedure = procedureAt(client, path);
    const queryClient = useQueryClient();
    // A first load still on its way may have been read before the change, and invalidating a query that has no
    // data yet joins that load instead of starting another (Vue Query's rule); so such loads are cancelled first.
    const refresh = () =>
      Promise.all(
        invalidates.map(async (stale) => {
          const queryKey = keyOfPath(stale);
          await queryClient.cancelQueries({
            queryKey,
            predicate: (query) => query.state.data === undefined && query.state.fetchStatus === 'fetching',
          });
          await queryClient.invalidateQueries({ queryKey });
        }),
      );
    return useMutation({
      mutationFn: (input: ProcedureInput<TRouter, Path>) =>
        procedure.mutate(input) as Promise<ProcedureOutput<TRouter, Path>>,
      onSuccess: () => refresh(),
      onError: () => (invalidateOnError ? refresh() : undefined),
    });
  }

  return { queryKeyOf, procedureQueryOptions, useProcedureQuery, useProcedureMutation };
}
