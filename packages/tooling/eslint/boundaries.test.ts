// Lints small sources with the repository's own ESLint configuration, at paths inside apps/ and packages/,
// to prove the boundary rules fire on a crossing and let the allowed imports through.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RULE = '@typescript-eslint/no-restricted-imports';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
});

/** The boundary messages for `code` placed at `filePath` (relative to the workspace). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const APP_FILE = 'apps/inspection/src/features/boundary-fixture.ts';
const PACKAGE_FILE = 'packages/ui/src/boundary-fixture.ts';

describe('an app', () => {
  it('may not import a service at run time', async () => {
    const errors = await boundaryErrors(
      APP_FILE,
      "import { createInspectionRouter } from '@duda/service-inspection';\nexport const r = createInspectionRouter;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('@duda/contract-');
  });

  it('may not import from a subpath of a service', async () => {
    const errors = await boundaryErrors(
      APP_FILE,
      "import { scoreInspection } from '@duda/service-inspection/domain';\nexport const s = scoreInspection;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('may not import even a type from an area service', async () => {
    const errors = await boundaryErrors(
      APP_FILE,
      "import type { OrgRouter } from '@duda/service-org';\nexport type R = OrgRouter;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it("may import the API's router type, as a type only", async () => {
    const typeOnly = "import type { AppRouter } from '@duda/gateway';\nexport type R = AppRouter;\n";
    const runtime = "import { buildGateway } from '@duda/gateway';\nexport const g = buildGateway;\n";
    expect(await boundaryErrors(APP_FILE, typeOnly)).toEqual([]);
    expect(await boundaryErrors(APP_FILE, runtime)).toHaveLength(1);
  });

  it('imports contracts and packages freely', async () => {
    const code = [
      "import { PLAN_STATUSES } from '@duda/contract-inspection';",
      "import { api } from '@duda/api-client';",
      "import { DStatusTag } from '@duda/ui';",
      'export const all = [PLAN_STATUSES, api, DStatusTag];',
      '',
    ].join('\n');
    expect(await boundaryErrors(APP_FILE, code)).toEqual([]);
  });

  it('may not import Element Plus directly, in a script or a single-file component', async () => {
    const script = "import { ElMessage } from 'element-plus';\nexport const m = ElMessage;\n";
    const component = [
      '<script setup lang="ts">',
      "import { ElButton } from 'element-plus/es/components/button/index';",
      '</script>',
      '<template><ElButton /></template>',
      '',
    ].join('\n');
    expect(await boundaryErrors(APP_FILE, script)).toEqual([expect.stringContaining('@duda/ui')]);
    expect(await boundaryErrors('apps/inspection/src/features/Fixture.vue', component)).toHaveLength(1);
  });
});

describe('a package', () => {
  it('may not import a service at run time', async () => {
    const errors = await boundaryErrors(
      PACKAGE_FILE,
      "import { createOrgService } from '@duda/service-org';\nexport const s = createOrgService;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it("may import the API's router type (the API client does)", async () => {
    const code = "import type { AppRouter } from '@duda/gateway';\nexport type R = AppRouter;\n";
    expect(await boundaryErrors('packages/api-client/src/boundary-fixture.ts', code)).toEqual([]);
  });

  it('the design system may import Element Plus', async () => {
    const code = "import { ElMessage } from 'element-plus';\nexport const m = ElMessage;\n";
    expect(await boundaryErrors(PACKAGE_FILE, code)).toEqual([]);
  });
});

describe('a service', () => {
  it('is not held to the app and package boundaries', async () => {
    const code =
      "import { createOrgService } from '@duda/service-org';\nexport const s = createOrgService;\n";
    expect(await boundaryErrors('services/inspection/src/boundary-fixture.ts', code)).toEqual([]);
  });
});
