// `operations.entries`: list what the caller may see, add one for an org node in scope.
import { entryInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { createEntry, listEntries } from '../entries/entry-service.ts';

export const entriesRouter = (deps: OperationsDeps) =>
  router({
    list: authedProcedure.input(entryInputs.list).query(({ ctx, input }) => listEntries(deps, ctx, input)),
    create: authedProcedure
      .input(entryInputs.create)
      .mutation(({ ctx, input }) => createEntry(deps, ctx, input)),
  });
