/// <reference types="node" />
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { precompressAssets, PRECOMPRESS_MIN_BYTES } from './precompress.ts';

describe('precompressAssets', () => {
  it('writes brotli and gzip copies of the built scripts that decompress to the file, and none for small files', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'duda-precompress-'));
    try {
      const words = Array.from({ length: 400 }, (_, i) => `'巡检项${i}'`).join(', ');
      writeFileSync(
        path.join(root, 'entry.js'),
        `globalThis.items = [${words}];\nglobalThis.late = () => import('./small.js');\n`,
      );
      writeFileSync(path.join(root, 'small.js'), 'export default 1;\n');
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [precompressAssets()],
        build: {
          outDir: 'dist',
          minify: false,
          rollupOptions: {
            input: { entry: path.join(root, 'entry.js') },
            output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
          },
        },
      });
      const dist = path.join(root, 'dist');
      const built = readFileSync(path.join(dist, 'entry.js'));
      expect(built.length).toBeGreaterThan(PRECOMPRESS_MIN_BYTES);
      const br = readFileSync(path.join(dist, 'entry.js.br'));
      expect(brotliDecompressSync(br).equals(built)).toBe(true);
      expect(gunzipSync(readFileSync(path.join(dist, 'entry.js.gz'))).equals(built)).toBe(true);
      expect(br.length).toBeLessThan(built.length / 3);
      const small = readdirSync(dist).find((file) => /^small.*\.js$/.test(file))!;
      expect(small).toBeDefined();
      expect(existsSync(path.join(dist, `${small}.br`))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
