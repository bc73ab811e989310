// `org.people.*`: finding and reading staff within the caller's scope.
import { peopleInputs as input } from '@duda/contract-org';
import { authedProcedure, router } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { listPeople, peopleByIds, personDetail, searchPeople } from '../directory/people-queries.ts';
import { roleHolders } from '../directory/role-holders.ts';

export const peopleRouter = (deps: OrgDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listPeople(deps, ctx.actor, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => personDetail(deps, ctx.actor, input.id)),
    search: authedProcedure
      .input(input.search)
      .query(({ ctx, input }) => searchPeople(deps, ctx.actor, input.q, input.limit)),
    byIds: authedProcedure
      .input(input.byIds)
      .query(({ ctx, input }) => peopleByIds(deps, ctx.actor, input.ids)),
    holders: authedProcedure
      .input(input.holders)
      .query(({ ctx, input }) => roleHolders(deps, ctx.actor, input)),
  });
