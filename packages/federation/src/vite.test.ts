import { describe, expect, it } from 'vitest';
import { hostFederationOptions, remoteFederationOptions, REMOTE_MODULE, SHARED_SINGLETONS } from './vite.ts';

describe('Module Federation settings', () => {
  const host = hostFederationOptions('shell');
  const remote = remoteFederationOptions({ name: 'exam', remoteModule: './src/remote.ts' });

  it('shares the same libraries as singletons on both sides, so a remote reuses the shell copies', () => {
    expect(host.shared).toEqual(remote.shared);
    for (const name of SHARED_SINGLETONS) expect(remote.shared).toHaveProperty([name], { singleton: true });
    expect(SHARED_SINGLETONS).toEqual(
      expect.arrayContaining(['vue', 'vue-router', '@duda/federation', '@duda/api-client']),
    );
  });

  it('has a remote expose ./remote and emit the manifest the gateway lists', () => {
    expect(remote).toMatchObject({
      name: 'exam',
      filename: 'remoteEntry.js',
      exposes: { [REMOTE_MODULE]: './src/remote.ts' },
      manifest: true,
      dts: false,
    });
  });

  it('gives the host no remotes at build time: it asks the gateway at run time', () => {
    expect(host).toMatchObject({ name: 'shell', remotes: {}, dts: false });
  });
});
