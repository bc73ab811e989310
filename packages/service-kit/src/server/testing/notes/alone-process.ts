// The notes module as its own process, started by alone.test.ts to see how runServiceAlone ends a process
// that must not start (its exit code and last words); the settings come from the environment.
import { runServiceAlone } from '../../alone.ts';
import { notesModule } from './modules.ts';

await runServiceAlone(notesModule, { defaultPort: 4199 });
