// The training service as its own process (`pnpm --filter @duda/service-training start`): the gateway reaches it
// through DUDA_SERVICE_URLS=training=http://<host>:<port>/trpc. It reads org data from the org service's own server
// (DUDA_ORG_URL) and short staves from the inspection service's (DUDA_INSPECTION_URL; the training plans' drafts);
// the gateway passes knowledge-base file requests on to it. Needs DUDA_SERVICE_SECRET, DUDA_UPLOADS_DIR and a
// database: with DATABASE_URL it migrates as that role and runs as the least-privilege app role (ADR 0012); with
// DATABASE_APP_URL alone (a Kubernetes pod, ADR 0015) it migrates nothing and refuses an unmigrated database. What
// it reads and how it stops: runServiceAlone (@duda/service-kit).
import { runServiceAlone } from '@duda/service-kit/server';
import { trainingModule } from './index.ts';

await runServiceAlone(trainingModule, { defaultPort: 4103 });
