// What the inspection service declares to @duda/events: its outbox and its scheduled jobs.
import { scheduleJob, type ServiceEvents } from '@duda/events';
import { database } from '../database.ts';
import type { InspectionDeps } from '../deps.ts';
import { markOverdueOrders } from '../rectifications/overdue.ts';

export const inspectionEvents = (deps: Pick<InspectionDeps, 'prisma' | 'now'>): ServiceEvents => ({
  service: 'inspection',
  outboxSchema: database.schema,
  jobs: [
    // Deadlines fall at the end of a China day, so the run just after midnight marks that day's orders;
    // the hourly runs catch an order sent back to the hall after its deadline had already passed.
    scheduleJob('mark-overdue-orders', '1 * * * *', async () => {
      await markOverdueOrders(deps);
    }),
  ],
});
