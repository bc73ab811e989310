import { takeBootstrap } from '@duda/federation/bootstrap';
import { fetchRemoteList, hostRuntime } from '@duda/federation/host';
import type { Me } from '@duda/api-client';
import { createPortal } from './portal.ts';
import { firstPageShown } from './remotes/firstPageShown.ts';

// For a signed-in person the gateway sends who they are and the remote list with the page (ADR 0023): the
// shell starts without asking either. Without it (signed out, an older gateway) it asks as before.
const bootstrap = takeBootstrap(document);
const { app, registry, router, queryClient } = createPortal({
  listRemotes: () => (bootstrap ? Promise.resolve(bootstrap.remotes) : fetchRemoteList()),
  runtime: () => hostRuntime('shell'),
  signedIn: bootstrap?.me as Me | undefined,
});
// Remotes load alongside the first page rather than before it: the login page and home need none of them.
// The one the URL opens goes first; the others once its page is shown with its data.
void registry.start(location.pathname.split('/')[1], () => firstPageShown(router, queryClient));
app.mount('#app');
