// One process of the test service that runs a job every minute, as each gateway process would. Started
// twice by schedule.test.ts; every run leaves an entry naming the process and the pg-boss job.
import { createPool } from '@duda/db';
import { scheduleJob, startEvents } from '../../src/index.ts';
import { ledgerPrisma } from './service.ts';

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
