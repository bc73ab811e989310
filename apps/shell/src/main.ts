import { fetchRemoteList, hostRuntime } from '@duda/federation/host';
import { createPortal } from './portal.ts';

const { app, registry } = createPortal({
  listRemotes: () => fetchRemoteList(),
  runtime: () => hostRuntime('shell'),
});
// Remotes load alongside the first page rather than before it: the login page and home need none of them.
void registry.start();
app.mount('#app');
