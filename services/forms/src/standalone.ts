// The forms service as its own process (`pnpm --filter @duda/service-forms start`): the gateway reaches it
// through DUDA_SERVICE_URLS=forms=http://<host>:<port>/trpc. It reads org data from the org service's own
// server (DUDA_ORG_URL). Needs DATABASE_URL, DUDA_SERVICE_SECRET and DUDA_UPLOADS_DIR; DATABASE_URL's role
// migrates, the service runs as the least-privilege app role (ADR 0012). What it reads and how it stops:
// runServiceAlone (@duda/service-kit).
import { runServiceAlone } from '@duda/service-kit/server';
import { formsModule } from './index.ts';

await runServiceAlone(formsModule, { defaultPort: 4104 });
