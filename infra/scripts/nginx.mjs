// The replica check (infra/replicas) balances two gateways with Debian's nginx, run as the current user with
// its own configuration and temp folder. Found on the path or in /usr/sbin; else Debian's `nginx-light`
// package is installed with apt-get (as root, or with passwordless sudo), the way chromium.mjs does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = () => {
  const probe = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
};

const found = (explicit) => [explicit, onPath(), '/usr/sbin/nginx'].find((p) => p && existsSync(p));

export function ensureNginx(explicit) {
  const existing = found(explicit);
  if (existing) return existing;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!hasApt || (!isRoot && !canSudo))
    throw new Error(
      'nginx is needed for the replica check. Install it (Debian/Ubuntu: apt-get install nginx-light) ' +
        'or point NGINX_PATH at an nginx executable.',
    );
  console.log('→ installing nginx-light (apt-get) for the replica check');
  const sh = (args) =>
    execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : ['-n', ...args], {
      stdio: 'inherit',
      // No init system to start the packaged server here; the check runs its own nginx.
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' },
    });
  sh(['apt-get', 'update', '-qq']);
  sh(['apt-get', 'install', '-y', '-qq', 'nginx-light']);
  const installed = found(explicit);
  if (!installed) throw new Error('apt-get finished but no nginx executable was found.');
  return installed;
}
