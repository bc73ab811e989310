// A strict reader of the Prometheus text exposition format (version 0.0.4), to check what /metrics answers
// independently of the library that wrote it: every line must be a comment, a HELP or TYPE line, or a
// sample of a declared family; a histogram's buckets must be cumulative and end in +Inf equal to its count.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Family {
  name: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  help: string;
  samples: Sample[];
}

export interface HistogramSeries {
  labels: Record<string, string>;
  count: number;
  sum: number;
  /** Upper bound (`le`) → cumulative count. */
  buckets: Map<string, number>;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+(-?\d+))?$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*(?:,|$)/y;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

function parseValue(text: string, line: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  const value = Number(text);
  if (text === '' || Number.isNaN(value)) throw new Error(`not a sample value: ${line}`);
  return value;
}

function parseLabels(text: string, line: string): Record<string, string> {
  const labels: Record<string, string> = {};
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const match = LABEL.exec(text);
    if (!match) throw new Error(`malformed labels: ${line}`);
    const [, name, raw] = match;
    if (name! in labels) throw new Error(`label ${name} twice: ${line}`);
    labels[name!] = raw!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  }
  return labels;
}

function familyOf(families: Map<string, Family>, sample: string): Family | undefined {
  const exact = families.get(sample);
  if (exact && exact.type !== 'histogram') return exact;
  const base = sample.replace(/_(bucket|sum|count)$/, '');
  const family = families.get(base);
  if (family?.type === 'histogram' || family?.type === 'summary') return family;
  return undefined;
}

export function parseMetrics(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) ?(.*)$/.exec(line);
    if (meta) {
      const [, kind, name, rest] = meta;
      const family = families.get(name!) ?? { name: name!, type: 'untyped', help: '', samples: [] };
      if (kind === 'HELP') family.help = rest!;
      else if (TYPES.has(rest!)) family.type = rest as Family['type'];
      else throw new Error(`unknown type: ${line}`);
      families.set(name!, family);
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a sample: ${line}`);
    const [, name, labels = '', value] = match;
    const family = familyOf(families, name!);
    if (!family) throw new Error(`sample of no declared family: ${line}`);
    family.samples.push({ name: name!, labels: parseLabels(labels, line), value: parseValue(value!, line) });
  }
  for (const family of families.values()) if (family.type === 'histogram') histogramSeries(family);
  return families;
}

const keyOf = (labels: Record<string, string>) =>
  JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));

/** A histogram's series, one per label set; throws when its buckets are not a histogram's. */
export function histogramSeries(family: Family): HistogramSeries[] {
  const series = new Map<string, HistogramSeries>();
  const of = (labels: Record<string, string>) => {
    const key = keyOf(labels);
    let found = series.get(key);
    if (!found) series.set(key, (found = { labels, count: NaN, sum: NaN, buckets: new Map() }));
    return found;
  };
  for (const sample of family.samples) {
    const { le, ...labels } = sample.labels;
    const entry = of(labels);
    if (sample.name.endsWith('_bucket')) {
      if (le === undefined) throw new Error(`${sample.name}: a bucket without le`);
      entry.buckets.set(le, sample.value);
    } else if (sample.name.endsWith('_count')) entry.count = sample.value;
    else if (sample.name.endsWith('_sum')) entry.sum = sample.value;
  }
  for (const entry of series.values()) {
    const bounds = [...entry.buckets.keys()].sort((a, b) => parseValue(a, a) - parseValue(b, b));
    const counts = bounds.map((b) => entry.buckets.get(b)!);
    if (bounds.at(-1) !== '+Inf' || counts.at(-1) !== entry.count || Number.isNaN(entry.sum))
      throw new Error(`${family.name}${keyOf(entry.labels)}: no +Inf bucket equal to its count, or no sum`);
    if (counts.some((c, i) => i > 0 && c < counts[i - 1]!))
      throw new Error(`${family.name}${keyOf(entry.labels)}: buckets not cumulative`);
  }
  return [...series.values()];
}

/** GETs a /metrics URL and parses it. */
export async function scrape(url: string): Promise<Map<string, Family>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return parseMetrics(await response.text());
}
