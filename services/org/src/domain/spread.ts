// Crowds arrive together: ten thousand examinees sign in within minutes of an exam's start. Anything they each
// redo after a fixed period (refreshing a session's last-seen time, reloading their roles) would then come due
// for all of them in the same few seconds, on top of the exam's own traffic. Each key gets its own fixed share
// of the period instead, so the crowd's repeats spread out and stay spread.

/** A fraction in [0, 1) fixed by `key` and roughly uniform over keys (FNV-1a, 32 bits). */
export function spreadFraction(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}

/** A period between `share` of `fullMs` and all of it, fixed per key. */
export const spreadPeriodMs = (key: string, fullMs: number, share: number): number =>
  fullMs * (1 - share + share * spreadFraction(key));
