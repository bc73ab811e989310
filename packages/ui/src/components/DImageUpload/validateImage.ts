export type ImageRejection = 'notImage' | 'tooLarge';

const BYTES_PER_MB = 1024 * 1024;

/** Same rules as the `accept` attribute: MIME types, `type/*` wildcards, or `.ext` suffixes. */
export function matchesAccept(file: File, accept: string): boolean {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .some((token) => {
      if (token.startsWith('.')) return name.endsWith(token);
      if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
      return type === token;
    });
}

/**
 * Checked before upload because the file picker's `accept` is only a hint: phones offer "all files",
 * and drag-and-drop ignores it. Anything that is not an image is refused whatever `accept` says.
 */
export function validateImage(file: File, accept: string, maxSizeMb: number): ImageRejection | null {
  if (!file.type.startsWith('image/') || !matchesAccept(file, accept)) return 'notImage';
  if (file.size > maxSizeMb * BYTES_PER_MB) return 'tooLarge';
  return null;
}
