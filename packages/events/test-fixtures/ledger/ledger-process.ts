// One process of the test service, as each gateway process would run it: a job every minute and a
// subscriber without an inbox, so a double delivery would show as a second entry. Started twice by
// two-processes.test.ts; every run and delivery leaves an entry naming the process.
import { createPool } from '@duda/db';
import { scheduleJob, startEvents, subscribe } from '../../src/index.ts';
import { database, ledgerPrisma, noteAdded } from './service.ts';

const pool = createPool(process.env.LEDGER_DATABASE_URL!, 4);
const prisma = ledgerPrisma(pool);
const report = (level: string) => (details: object, message: string) =>
  console.error(JSON.stringify({ level, message, ...details }));
const events = await startEvents({
  pool,
  logger: { info: report('info'), warn: report('warn'), error: report('error') },
  pollingSeconds: 0.5,
  scheduleCheckSeconds: 1,
  services: [
    {
      service: 'ledger',
      outboxSchema: database.schema,
      subscriptions: [
        subscribe(noteAdded, 'counter', async (event) => {
          await prisma.entry.create({
            data: { source: 'counter', eventId: event.id, note: `${process.pid}` },
          });
        }),
      ],
      jobs: [
        scheduleJob('tick', '* * * * *', async (run) => {
          await prisma.entry.create({ data: { source: 'tick', note: `${process.pid} ${run.id}` } });
        }),
      ],
    },
  ],
});
process.stdout.write('ready\n');

process.once('SIGTERM', async () => {
  await events.stop();
  await prisma.$disconnect();
  await pool.end();
  process.exit(0);
});
