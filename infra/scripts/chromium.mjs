// Browser tests drive the system's Chromium through Playwright: Playwright's own browser download
// cannot reach its host from these machines. On Debian/Ubuntu we install the `chromium` package, and a
// Chinese font so the stories' screenshots show the portal as people read it rather than empty boxes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const found = (explicit) => [explicit, ...candidates].find((p) => p && existsSync(p));

function hasChineseFont() {
  const probe = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim().length > 0;
}

export function ensureChromium(explicit) {
  const existing = found(explicit);
  const missing = [...(existing ? [] : ['chromium']), ...(hasChineseFont() ? [] : ['fonts-wqy-zenhei'])];
  if (missing.length === 0) return existing;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!hasApt || (!isRoot && !canSudo)) {
    if (existing) return existing;
    throw new Error(
      'Chromium is needed for the browser tests. Install it (Debian/Ubuntu: apt-get install chromium) ' +
        'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
    );
  }
  console.log(`→ installing ${missing.join(' and ')} (apt-get) for the browser tests`);
  const sh = (args) =>
    execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : ['-n', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  sh(['apt-get', 'update', '-qq']);
  sh(['apt-get', 'install', '-y', '-qq', ...missing]);
  const installed = found(explicit);
  if (!installed) throw new Error('apt-get finished but no Chromium executable was found.');
  return installed;
}
