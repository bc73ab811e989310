// packages/contract-<area>: the wire contract both the service and the remote import.

export const contractFiles = (n, title) => ({
  'package.json': `${JSON.stringify(
    {
      name: n.contract,
      version: '0.1.0',
      private: true,
      description: `The ${title.en} area's wire contract: zod schemas, status enums and error codes`,
      type: 'module',
      sideEffects: false,
      exports: { '.': './src/index.ts' },
      scripts: { test: 'vitest run', typecheck: 'tsc --noEmit', lint: 'eslint .' },
      dependencies: { '@duda/contract-kit': 'workspace:*', zod: 'catalog:' },
      devDependencies: { '@duda/tooling': 'workspace:*', vitest: 'catalog:' },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `{
  "extends": "@duda/tooling/tsconfig/library.json",
  "include": ["src", "*.ts"]
}
`,
  'vitest.config.ts': `import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(shared, defineProject({ test: { name: 'contract-${n.key}' } }));
`,
  'README.md': `# ${n.contract}

What the ${title.en} area (${title['zh-CN']}) shares across the wire: the \`as const\` enums its service, Prisma
mappers and pages all use, the zod input schema of every procedure (one file per sub-area, as the service's
router is split), and its error codes with zh-CN and English messages. Isomorphic: no Node, no DOM, no
server code. The rule and why: [ADR 0010](../../docs/adr/0010-contract-packages.md).

\`\`\`sh
pnpm --filter ${n.contract} test
\`\`\`
`,
  'src/index.ts': `// The ${title.en} area's contract (${title['zh-CN']}).
export * from './entries.ts';
export * from './errors.ts';
`,
  'src/errors.ts': `// What the ${title.en} service refuses, as codes with parameters; the portal words them in zh-CN or English.
import { defineErrors } from '@duda/contract-kit';

export const ${n.camel}Errors = defineErrors('${n.key}', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位登记',
    en: 'You may not add entries for this org unit.',
  },
  titleRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写标题', en: 'Enter a title.' },
});

/** What a page registers so this area's refusals read in the portal language. */
export const ${n.camel}Catalogs = [${n.camel}Errors.catalog];
`,
  'src/entries.ts': `// \`${n.key}.entries\`: the area's first records. Rename and grow them into the area's real objects.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { ${n.camel}Errors } from './errors.ts';

export const ENTRY_STATUSES = ['OPEN', 'DONE'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

const id = z.uuid({ error: commonErrors.invalidId.code });

export const entryInputs = {
  list: pageInput.extend({ status: z.enum(ENTRY_STATUSES).nullish() }),
  create: z.object({
    orgNodeId: id,
    title: text().trim().min(1, { error: ${n.camel}Errors.titleRequired.code }).max(80),
  }),
};
`,
  'src/entries.test.ts': `import { describe, expect, it } from 'vitest';
import { entryInputs } from './entries.ts';
import { ${n.camel}Errors } from './errors.ts';

describe('entry inputs', () => {
  it('trims a title and refuses an empty one with the area code', () => {
    const orgNodeId = '00000000-0000-4000-8000-000000000001';
    expect(entryInputs.create.parse({ orgNodeId, title: '  First  ' }).title).toBe('First');
    const result = entryInputs.create.safeParse({ orgNodeId, title: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(${n.camel}Errors.titleRequired.code);
  });

  it('pages with the kit defaults', () => {
    expect(entryInputs.list.parse({})).toMatchObject({ page: 1 });
  });
});
`,
});
