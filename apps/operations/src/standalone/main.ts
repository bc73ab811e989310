// `pnpm --filter @duda/app-operations dev`: the remote's pages on their own, set up the way the shell sets them up.
import { mountStandalone } from '@duda/standalone';
import remote from '../remote.ts';

void mountStandalone(remote);
