// The performance service as its own process (`pnpm --filter @duda/service-performance start`): the gateway reaches
// it through DUDA_SERVICE_URLS=performance=http://<host>:<port>/trpc. It reads the other areas on their own
// servers: DUDA_<NAME>_URL for each service its module calls (org, and the areas whose results it scores). Needs
// DUDA_SERVICE_SECRET, DUDA_UPLOADS_DIR and a database: with DATABASE_URL it migrates as that role and runs as the
// least-privilege app role (ADR 0012); with DATABASE_APP_URL alone (a Kubernetes pod, ADR 0015) it migrates nothing
// and refuses an unmigrated database. What it reads and how it stops: runServiceAlone (@duda/service-kit).
import { runServiceAlone } from '@duda/service-kit/server';
import { performanceModule } from './index.ts';

await runServiceAlone(performanceModule, { defaultPort: 4105 });
