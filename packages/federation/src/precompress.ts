// Brotli and gzip copies of a build's text files (`x.js.br`, `x.js.gz` beside `x.js`), written once at build time,
// so the gateway (@fastify/static `preCompressed`) and the web image's nginx (`gzip_static`) send a phone a
// fifth of the bytes without compressing on each request. Used only in vite.config.ts files (Node).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What compresses well; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg)$/;
/** Below this a file fits in the first packets anyway, and a copy is one more file to deploy. */
export const PRECOMPRESS_MIN_BYTES = 1024;

/** Writes `<file>.br` and `<file>.gz` for each compressible file of `fileNames` under `dir` that is big enough. */
export async function precompressFiles(dir: string, fileNames: string[]): Promise<string[]> {
  const written = await Promise.all(
    fileNames
      .filter((fileName) => COMPRESSIBLE.test(fileName))
      .map(async (fileName) => {
        const file = path.join(dir, fileName);
        const content = await readFile(file);
        if (content.length < PRECOMPRESS_MIN_BYTES) return [];
        const [br, gz] = await Promise.all([
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
          gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
        return [fileName];
      }),
  );
  return written.flat();
}

/** The build step: compressed copies of every emitted text file, after they are written. */
export function precompressAssets(): Plugin {
  return {
    name: 'duda:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (options.dir) await precompressFiles(options.dir, Object.keys(bundle));
    },
  };
}
