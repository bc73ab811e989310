// `pnpm --filter @duda/app-inspection dev`: the remote's pages on their own, set up the way the shell sets
// them up, for working on the remote without the shell.
import { mountStandalone } from '@duda/standalone';
import remote from '../remote.ts';

void mountStandalone(remote);
