// Browser tests drive the system's Chromium through Playwright: Playwright's own browser download
// cannot reach its host from these machines. On Debian/Ubuntu we install the `chromium` package.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const found = (explicit) => [explicit, ...candidates].find((p) => p && existsSync(p));

export function ensureChromium(explicit) {
  const existing = found(explicit);
  if (existing) return existing;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!hasApt || (!isRoot && !canSudo)) {
    throw new Error(
      'Chromium is needed for the browser tests. Install it (Debian/Ubuntu: apt-get install chromium) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
  console.log('→ installing Chromium (apt-get install chromium) for the browser tests');
  const sh = (args) =>
    execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : ['-n', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  sh(['apt-get', 'update', '-qq']);
  sh(['apt-get', 'install', '-y', '-qq', 'chromium']);
  const installed = found(explicit);
  if (!installed) throw new Error('apt-get finished but no Chromium executable was found.');
  return installed;
}
