// The variables a process reads, where the name is made at run time: a service run alone through
// runServiceAlone reads the runner's settings and DUDA_<NAME>_URL of each service its module calls; a
// service inside the gateway reads neither (it never runs its standalone.ts).
import { describe, expect, it } from 'vitest';
import { callsOf, serviceUrlVariable, variablesReadBy } from './code-variables.ts';
import { missingVariables } from './environment.ts';
import { kustomize, type KubeObject } from './manifests.ts';

const production = kustomize('overlays/production');

describe('variables read by a service run alone', () => {
  it('include DUDA_<NAME>_URL of each service its module calls, found in the module', () => {
    const { file, calls } = callsOf('training');
    expect(file).toBe('services/training/src/module.ts');
    expect(calls).toEqual(['org', 'inspection']);
    const read = variablesReadBy(['training']);
    expect(read.get('DUDA_INSPECTION_URL')).toBe(file);
    expect(read.get('DUDA_ORG_URL')).toBe(file);
    expect(serviceUrlVariable('field-audit')).toBe('DUDA_FIELD_AUDIT_URL');
  });

  it('include the runner’s own settings; the gateway and org, which do not run through it, read no uploads folder from it', () => {
    expect(variablesReadBy(['inspection']).get('DUDA_UPLOADS_DIR')).toBe(
      'packages/service-kit/src/server/alone.ts',
    );
    expect(variablesReadBy(['org']).has('DUDA_UPLOADS_DIR')).toBe(false);
    expect(variablesReadBy(['gateway', 'inspection']).has('DUDA_INSPECTION_URL')).toBe(false);
    expect(variablesReadBy(['gateway', 'inspection']).has('DUDA_ORG_URL')).toBe(false);
  });

  it('are reported when the cluster does not give one', () => {
    const without = production.map((o) => {
      if (o.kind !== 'ConfigMap' || o.metadata.name !== 'duda-config') return o;
      const copy = structuredClone(o) as KubeObject & { data: Record<string, string> };
      delete copy.data.DUDA_INSPECTION_URL;
      return copy;
    });
    expect(missingVariables(without, 'training', ['training'])).toEqual({
      DUDA_INSPECTION_URL: 'services/training/src/module.ts',
    });
  });
});
