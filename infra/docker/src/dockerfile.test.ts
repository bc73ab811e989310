// The Dockerfile, checked without a Docker engine: the validator finds nothing, and every deployable is a
// non-root image with a health check, started by node itself from its `pnpm deploy --prod` output.
import { describe, expect, it } from 'vitest';
import {
  envOf,
  lastOf,
  lineage,
  lintProblems,
  NODE_TARGETS,
  readDockerfile,
  stagesOf,
  TARGETS,
  type NodeTarget,
} from './dockerfile.ts';

const content = readDockerfile();
const stages = stagesOf(content);

describe('the Dockerfile', () => {
  it('passes the Dockerfile validator with every rule an error', () => {
    expect(lintProblems(content)).toEqual([]);
  });

  it('the validator catches a broken instruction (so a clean run means something)', () => {
    const broken = content.replace('HEALTHCHECK --interval=15s', 'HEALTHCHECK --interval=fifteen');
    expect(lintProblems(broken).join('\n')).toMatch(/invalid duration/);
    expect(lintProblems(`${content}\nCOPY --from=web\n`).join('\n')).toMatch(/at least two arguments/);
  });

  it('has one target per deployable', () => {
    expect(stages.map((s) => s.name)).toEqual(expect.arrayContaining([...TARGETS]));
  });

  it.each(TARGETS)('%s runs as a user other than root, and checks its own health on /readyz', (target) => {
    const user = lastOf(stages, target, 'USER');
    expect(user?.args).toMatch(/^[a-z]+$/);
    expect(user?.args).not.toBe('root');
    const healthchecks = lineage(stages, target).flatMap((s) =>
      s.instructions.filter((i) => i.keyword === 'HEALTHCHECK'),
    );
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]!.args).toContain('/readyz');
  });

  it('pins every base image to a version', () => {
    const bases = stages.map((s) => s.from).filter((from) => !stages.some((s) => s.name === from));
    const initial = /^ARG NODE_IMAGE=(\S+)$/m.exec(content)?.[1];
    for (const base of bases.map((b) => (b === '${NODE_IMAGE}' ? initial! : b)))
      expect(base, base).toMatch(/^[\w./-]+:\d+(\.\d+)*[\w.-]*$/);
  });

  it.each(Object.keys(NODE_TARGETS) as NodeTarget[])(
    '%s holds only its package’s pnpm deploy --prod output and starts it with node as PID 1',
    (target) => {
      const image = lineage(stages, target);
      const copies = image.flatMap((s) => s.instructions.filter((i) => i.keyword === 'COPY'));
      expect(copies.map((c) => c.args)).toEqual([`--from=deploy-${target} /deploy /app`]);
      const deploy = lineage(stages, `deploy-${target}`)[0]!;
      expect(deploy.instructions.map((i) => i.args)).toEqual([
        `pnpm --filter ${NODE_TARGETS[target].pkg} --config.inject-workspace-packages=true deploy --prod /deploy`,
      ]);
      const cmd = JSON.parse(lastOf(stages, target, 'CMD')!.args) as string[];
      expect(cmd).toEqual(['node', '--enable-source-maps', NODE_TARGETS[target].entry]);
      expect(envOf(stages, target).get('NODE_ENV')).toBe('production');
      expect(envOf(stages, target).get('HOST')).toBe('0.0.0.0');
    },
  );
});
