import { describe, expect, it } from 'vitest';
import type { RouteRecordRaw } from 'vue-router';
import { assertRemoteDefinition, CONTRACT_VERSION, defineRemote, RemoteContractError } from './contract.ts';
import type { RemoteOptions } from './contract.ts';
import { examAction } from './testing/examActions.ts';

const Page = { render: () => null };

const options = (overrides: Partial<RemoteOptions> = {}): RemoteOptions => ({
  name: 'exam',
  title: { 'zh-CN': '培训考试', en: 'Training and exams' },
  order: 20,
  routes: [
    {
      path: 'papers',
      name: 'exam.papers',
      component: Page,
      meta: { permission: examAction('exam.paper.edit') },
    },
  ],
  menu: [{ title: 'exam.menu.papers', path: 'papers' }],
  messages: { 'zh-CN': { exam: { title: '培训考试' } }, en: { exam: { title: 'Training and exams' } } },
  ...overrides,
});

/** What `loadRemote('exam/remote')` hands back: the module namespace with the definition as default. */
const moduleOf = (definition: unknown) => ({ default: definition });

const reasonFor = (module: unknown, expectedName = 'exam') => {
  try {
    assertRemoteDefinition(module, expectedName);
  } catch (error) {
    expect(error).toBeInstanceOf(RemoteContractError);
    return (error as Error).message;
  }
  return expect.unreachable('the module was accepted');
};

describe('defineRemote', () => {
  it('stamps the contract version the remote was built against', () => {
    const definition = defineRemote(options());
    expect(definition.contractVersion).toBe(CONTRACT_VERSION);
    expect(definition.name).toBe('exam');
  });
});

describe('assertRemoteDefinition', () => {
  it('accepts a module namespace or the bare definition', () => {
    const definition = defineRemote(options());
    expect(assertRemoteDefinition(moduleOf(definition), 'exam')).toBe(definition);
    expect(assertRemoteDefinition(definition, 'exam')).toBe(definition);
  });

  it('accepts a remote without messages or setup, and with nested named routes', () => {
    const routes: RouteRecordRaw[] = [
      {
        path: 'papers',
        component: Page,
        children: [{ path: ':id', name: 'exam.papers.detail', component: Page }],
      },
    ];
    const definition = defineRemote(options({ routes, messages: undefined }));
    expect(assertRemoteDefinition(moduleOf(definition), 'exam').routes).toBe(routes);
  });

  it('refuses a module without a default export', () => {
    expect(reasonFor(null)).toBe('exam: ./remote has no default export');
    expect(reasonFor({ default: undefined })).toBe('exam: ./remote has no default export');
  });

  it('refuses a remote built against another contract version, naming both', () => {
    const old = { ...defineRemote(options()), contractVersion: CONTRACT_VERSION - 1 };
    expect(reasonFor(moduleOf(old))).toBe(
      `exam: built for contract version ${CONTRACT_VERSION - 1}, the shell speaks ${CONTRACT_VERSION}`,
    );
    const { contractVersion: _dropped, ...unversioned } = defineRemote(options());
    expect(reasonFor(moduleOf(unversioned))).toMatch(/contract version undefined/);
  });

  it('refuses a module that calls itself by another name than the gateway lists it under', () => {
    expect(reasonFor(moduleOf(defineRemote(options())), 'performance')).toBe(
      'performance: the module calls itself "exam"',
    );
  });

  it('refuses a missing title, non-array routes or menu, half messages and a setup that is no function', () => {
    const broken = (patch: Record<string, unknown>) => moduleOf({ ...defineRemote(options()), ...patch });
    expect(reasonFor(broken({ title: '' }))).toBe('exam: title must have zh-CN and en text');
    expect(reasonFor(broken({ title: { 'zh-CN': '培训考试' } }))).toBe(
      'exam: title must have zh-CN and en text',
    );
    expect(reasonFor(broken({ order: '20' }))).toBe('exam: order must be a number');
    expect(reasonFor(broken({ routes: {} }))).toBe('exam: routes and menu must be arrays');
    expect(reasonFor(broken({ menu: undefined }))).toBe('exam: routes and menu must be arrays');
    expect(reasonFor(broken({ messages: { 'zh-CN': {} } }))).toBe(
      'exam: messages must have zh-CN and en texts',
    );
    expect(reasonFor(broken({ setup: 'init' }))).toBe('exam: setup must be a function');
  });

  it('refuses route names without the remote prefix, which could replace another remote page', () => {
    const clash = options({
      routes: [{ path: 'home', component: Page, children: [{ path: '', name: 'home', component: Page }] }],
    });
    expect(reasonFor(moduleOf(defineRemote(clash)))).toBe('exam: route name "home" must start with "exam."');
  });
});
