// The build, then `pnpm deploy --prod` of one package. The deploy is the Dockerfile's own command, flags and
// all. The build is not its `turbo run build --filter='./services/*'`: `pnpm --filter <pkg> run build` runs the
// bundle script of just the packages asked for, on the Prisma clients the workspace already generated (turbo's
// `test` task generates them before this package's tests), where the image's stage has turbo generate them.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { dockerDir } from './dockerfile.ts';

export const repoRoot = path.resolve(dockerDir, '../..');

/** pnpm itself: the one running this test when it was started through pnpm (turbo does), else the one on PATH. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  return execPath && /pnpm\.c?js$/.test(execPath) ? [process.execPath, [execPath]] : ['pnpm', []];
}

export function pnpm(args: string[]): Promise<void> {
  const [command, prefix] = pnpmCommand();
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

/** Builds each package's dist/ (one pnpm run, the builds side by side). */
export const build = (pkgs: string[]) => pnpm([...pkgs.flatMap((pkg) => ['--filter', pkg]), 'run', 'build']);

/** Deploys a built package with its production dependencies alone into `target`. */
export const deploy = (pkg: string, target: string) =>
  pnpm(['--filter', pkg, '--config.inject-workspace-packages=true', 'deploy', '--prod', target]);
