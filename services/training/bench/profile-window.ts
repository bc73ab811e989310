// `node --import tsx bench/profile-window.ts <file.cpuprofile> <from µs> <to µs> [rows]`: where the gateway's CPU
// went in one phase of the exam bench (run with BENCH_CPU_PROF=<dir>; it prints the submit phase's window). Sums
// the profile's samples between the two instants by function (self time) and by the functions on their stack
// (total time), largest first, so the costs of one request path can be cut by what they are, not guessed.
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [file, fromArg, toArg, rowsArg] = process.argv.slice(2);
if (!file || !fromArg || !toArg)
  throw new Error('usage: profile-window.ts <file.cpuprofile> <from µs> <to µs> [rows]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const from = Number(fromArg);
const to = Number(toArg);
const rows = Number(rowsArg ?? 40);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n: Node) => {
  const url = n.callFrame.url.replace(/^.*\/(node_modules\/\.pnpm\/[^/]+\/node_modules\/|work\/main\/)/, '');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let t = profile.startTime;
let inWindow = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i]!;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  if (t < from || t > to) continue;
  inWindow += dt;
  let node = byId.get(profile.samples[i]!)!;
  self.set(name(node), (self.get(name(node)) ?? 0) + dt);
  const seen = new Set<string>();
  for (;;) {
    const key = name(node);
    if (!seen.has(key)) {
      total.set(key, (total.get(key) ?? 0) + dt);
      seen.add(key);
    }
    const up = parent.get(node.id);
    if (up === undefined) break;
    node = byId.get(up)!;
  }
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`${title} (of ${(inWindow / 1000).toFixed(0)} ms sampled):`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(
      `  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / inWindow).toFixed(1).padStart(5)}%  ${key}`,
    );
};
print('self', self);
print('total', total);
