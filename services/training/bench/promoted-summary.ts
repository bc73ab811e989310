// Sums a sampling heap profile written by gateway-probe.ts (BENCH_PROMOTED_PROFILE_DIR) by function: what the
// gateway allocated that outlived the young generation, by the frame that allocated it (self) and by the
// repository's own frames on the way (total), largest first.
//   node --import tsx bench/promoted-summary.ts <file.heapprofile> [rows]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: promoted-summary.ts <file.heapprofile> [rows]');
const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: ProfileNode };
const rows = Number(rowsArg ?? 25);
const self = new Map<string, number>();
const ours = new Map<string, number>();
const frameName = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(node_modules|work\/main)\//, '')}:${n.callFrame.lineNumber + 1}`;
const isOurs = (n: ProfileNode) => /\/(services|packages)\/[^/]+\/src\//.test(n.callFrame.url);

function walk(node: ProfileNode, stack: string[]): number {
  const name = frameName(node);
  self.set(name, (self.get(name) ?? 0) + node.selfSize);
  const inner = isOurs(node) && !stack.includes(name) ? [...stack, name] : stack;
  let total = node.selfSize;
  for (const child of node.children) total += walk(child, inner);
  if (inner !== stack) ours.set(name, (ours.get(name) ?? 0) + total);
  return total;
}
const all = walk(head, []);
const print = (title: string, sizes: Map<string, number>) => {
  console.log(`${title} (of ${(all / 1e6).toFixed(1)} MB sampled)`);
  for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(
      `${(size / 1e6).toFixed(1).padStart(8)} MB ${((100 * size) / all).toFixed(0).padStart(3)}%  ${name}`,
    );
};
print('allocated by (self)', self);
print('under the repository frame (total)', ours);
