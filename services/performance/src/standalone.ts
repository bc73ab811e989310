// The performance service as its own process (`pnpm --filter @duda/service-performance start`): the gateway
// reaches it through DUDA_SERVICE_URLS=performance=http://<host>:<port>/trpc. It reads the other areas on
// their own servers: DUDA_<NAME>_URL for each service its module calls (org, and the areas whose results
// it scores). Needs DATABASE_URL, DUDA_SERVICE_SECRET and DUDA_UPLOADS_DIR; DATABASE_URL's role migrates, the
// service runs as the least-privilege app role (ADR 0012). What it reads and how it stops: runServiceAlone
// (@duda/service-kit).
import { runServiceAlone } from '@duda/service-kit/server';
import { performanceModule } from './index.ts';

await runServiceAlone(performanceModule, { defaultPort: 4105 });
