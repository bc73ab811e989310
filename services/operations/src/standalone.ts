// The Hall operations service (运营保障) as its own process: `pnpm --filter @duda/service-operations start`. The
// gateway reaches it through DUDA_SERVICE_URLS=operations=http://<host>:<port>/trpc; it reaches each service its
// module calls at DUDA_<NAME>_URL. Needs DUDA_SERVICE_SECRET, DUDA_UPLOADS_DIR and a database: with DATABASE_URL it
// migrates as that role and runs as the least-privilege app role (ADR 0012); with DATABASE_APP_URL alone (a
// Kubernetes pod, ADR 0015) it migrates nothing and refuses an unmigrated database. Until the gateway's
// DUDA_SERVICE_URLS names it, it runs inside the gateway (infra/README.md, a new area shipping alone).
import { runServiceAlone } from '@duda/service-kit/server';
import { operationsModule } from './index.ts';

await runServiceAlone(operationsModule, { defaultPort: 4106 });
