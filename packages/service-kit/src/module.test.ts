import { describe, expect, it } from 'vitest';
import { defineServiceModule, type ServiceEnv } from './module.ts';
import { authedProcedure, router } from './trpc.ts';
import { z } from './zod.ts';

const database = { schema: 'plans', prismaSchemaPath: '', migrationsDir: '' };

const plansRouter = (deps: { count: () => number }) =>
  router({
    list: authedProcedure.query(() => deps.count()),
    entries: router({
      save: authedProcedure.input(z.object({ id: z.string() })).mutation(() => deps.count()),
    }),
  });

describe('a service module', () => {
  it('lists its procedures with their kind without building the service', () => {
    let built = 0;
    const plans = defineServiceModule({
      name: 'plans',
      database,
      calls: [],
      router: plansRouter,
      create: (_env: ServiceEnv) => {
        built++;
        return { router: plansRouter({ count: () => 1 }), close: async () => undefined };
      },
    });
    expect(plans.procedures()).toEqual({ list: 'query', 'entries.save': 'mutation' });
    expect(built).toBe(0);
  });

  it('refuses a router factory that uses its deps while building, naming the service and the dep', () => {
    const eager = defineServiceModule({
      name: 'eager',
      database,
      calls: [],
      router: (deps: { limit: number }) => {
        const limit = deps.limit;
        return router({ list: authedProcedure.query(() => limit) });
      },
      create: () => {
        throw new Error('not built in this test');
      },
    });
    expect(() => eager.procedures()).toThrow(
      'eager: its router factory read deps.limit while building; a router must touch its deps only in handlers',
    );
  });
});
