// Two small service modules for alone.test.ts, shaped as a real area's: `notes` keeps notes in its own schema,
// says which role it queries as and where its uploads go, and runs a job at start; `digest` calls notes on
// notes' own server, as training calls org.
import { defineServiceDatabase } from '@duda/db';
import { scheduleJob } from '@duda/events';
import type { FastifyReply } from 'fastify';
import { defineServiceModule, type ServiceEnv } from '../../../module.ts';
import type { ServiceClient } from '../../../service-client.ts';
import { authedProcedure, router } from '../../../trpc.ts';
import type { CallerContext } from '../../../context.ts';

const notesDatabase = defineServiceDatabase(new URL('.', import.meta.url), 'notes');
const digestDatabase = defineServiceDatabase(new URL('./no-tables/', import.meta.url), 'digest');

interface NotesDeps {
  env: ServiceEnv;
}

// Deps are touched in handlers only, as a router factory must (the gateway reads its procedures without them).
const notesRouter = (deps: NotesDeps) =>
  router({
    runningAs: authedProcedure.query(async () => ({
      role: (await deps.env.pool.query<{ role: string }>('SELECT current_user AS role')).rows[0]!.role,
      uploadsDir: deps.env.uploadsDir,
    })),
    texts: authedProcedure.query(async () =>
      (await deps.env.pool.query<{ text: string }>('SELECT text FROM notes.note ORDER BY id')).rows.map(
        (r) => r.text,
      ),
    ),
  });

const createNotes = (env: ServiceEnv) => ({ router: notesRouter({ env }), env, close: async () => {} });

export const notesModule = defineServiceModule({
  name: 'notes',
  database: notesDatabase,
  calls: [],
  router: notesRouter,
  create: createNotes,
  routes: [
    {
      path: '/api/notes/hello',
      handle: async (_service: unknown, _request: unknown, reply: FastifyReply, caller: CallerContext) =>
        reply.send({ hello: caller.actor?.personId ?? null }),
    },
  ],
  events: (service: ReturnType<typeof createNotes>) => ({
    service: 'notes',
    jobs: [
      scheduleJob(
        'first-note',
        '0 3 * * *',
        async () => {
          await service.env.pool.query(`INSERT INTO notes.note (text) VALUES ('started')`);
        },
        { runAtStart: true },
      ),
    ],
  }),
});

interface DigestDeps {
  notes: ServiceClient;
}

const digestRouter = (deps: DigestDeps) =>
  router({
    count: authedProcedure.query(async ({ ctx }) => (await deps.notes.query<string[]>(ctx, 'texts')).length),
  });

export const digestModule = defineServiceModule({
  name: 'digest',
  database: digestDatabase,
  calls: ['notes'],
  router: digestRouter,
  create: (env: ServiceEnv) => ({
    router: digestRouter({ notes: env.client('notes') }),
    close: async () => {},
  }),
});
