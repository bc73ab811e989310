// The Dockerfile read as build stages, for the checks no Docker engine can run here: which image each target
// becomes, what it inherits, who it runs as, what it probes and starts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { validate, ValidationSeverity, type ValidatorSettings } from 'dockerfile-utils';

export const dockerDir = path.resolve(import.meta.dirname, '..');
export const dockerfilePath = path.join(dockerDir, 'Dockerfile');

/** The deployables: the Dockerfile target, the image name (as the Kubernetes manifests name it) and its package. */
export const NODE_TARGETS = {
  gateway: { image: 'duda/gateway', pkg: '@duda/gateway', entry: 'dist/main.js' },
  org: { image: 'duda/service-org', pkg: '@duda/service-org', entry: 'dist/standalone.js' },
  inspection: {
    image: 'duda/service-inspection',
    pkg: '@duda/service-inspection',
    entry: 'dist/standalone.js',
  },
  training: { image: 'duda/service-training', pkg: '@duda/service-training', entry: 'dist/standalone.js' },
  forms: { image: 'duda/service-forms', pkg: '@duda/service-forms', entry: 'dist/standalone.js' },
  performance: {
    image: 'duda/service-performance',
    pkg: '@duda/service-performance',
    entry: 'dist/standalone.js',
  },
  operations: {
    image: 'duda/service-operations',
    pkg: '@duda/service-operations',
    entry: 'dist/standalone.js',
  },
} as const;
export type NodeTarget = keyof typeof NODE_TARGETS;
export const TARGETS = [...Object.keys(NODE_TARGETS), 'web'] as const;

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}
export interface Stage {
  name: string | null;
  /** The image or earlier stage it starts from, with `${ARG}`s as written. */
  from: string;
  instructions: Instruction[];
}

export const readDockerfile = () => readFileSync(dockerfilePath, 'utf8');

/** Every problem dockerfile-utils (the Dockerfile validator of VS Code's Docker support) finds, all as errors. */
export function lintProblems(content: string): string[] {
  const strict: ValidatorSettings = {
    deprecatedMaintainer: ValidationSeverity.ERROR,
    directiveCasing: ValidationSeverity.ERROR,
    emptyContinuationLine: ValidationSeverity.ERROR,
    instructionCasing: ValidationSeverity.ERROR,
    instructionCmdMultiple: ValidationSeverity.ERROR,
    instructionEntrypointMultiple: ValidationSeverity.ERROR,
    instructionHealthcheckMultiple: ValidationSeverity.ERROR,
    instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
    instructionWorkdirRelative: ValidationSeverity.ERROR,
  };
  return validate(content, strict).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
}

export function stagesOf(content: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(content).getInstructions()) {
    const keyword = instruction.getKeyword();
    // The whole instruction as written (flags included), continuation lines joined, less its keyword.
    const text = instruction
      .getTextContent()
      .replace(/\\\s*\n/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const args = text.slice(instruction.getInstruction().length).trim();
    const line = instruction.getRange().start.line + 1;
    if (keyword === 'FROM') {
      const [from = '', as, name] = args.split(' ');
      stages.push({ name: as?.toUpperCase() === 'AS' ? (name ?? null) : null, from, instructions: [] });
    } else stages.at(-1)?.instructions.push({ keyword, args, line });
  }
  return stages;
}

/** The stage and the stages it is built on, nearest first (`FROM <stage>` chains). */
export function lineage(stages: Stage[], name: string): Stage[] {
  const chain: Stage[] = [];
  let stage = stages.find((s) => s.name === name);
  while (stage) {
    chain.push(stage);
    const parent = stage.from;
    stage = stages.find((s) => s.name === parent);
  }
  return chain;
}

/** `ENV` names a target's image sets, inherited ones included. */
export function envOf(stages: Stage[], name: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const stage of lineage(stages, name).reverse())
    for (const { keyword, args } of stage.instructions)
      if (keyword === 'ENV')
        for (const [, key, value] of args.matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)) env.set(key!, value!);
  return env;
}

/** The last instruction of a kind in a target (inherited ones count: Docker keeps the last). */
export function lastOf(stages: Stage[], name: string, keyword: string): Instruction | undefined {
  for (const stage of lineage(stages, name)) {
    const found = stage.instructions.filter((i) => i.keyword === keyword).at(-1);
    if (found) return found;
  }
  return undefined;
}
