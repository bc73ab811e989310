import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP_ELEMENT_ID, bootstrapElement, takeBootstrap } from './bootstrap.ts';
import type { PortalBootstrap } from './bootstrap.ts';

const me: PortalBootstrap['me'] = {
  person: {
    id: 'p-1',
    staffNo: 'HZ10001',
    name: '张三</script><script>alert(1)</script>',
    position: '区县督导',
    orgNodeId: 'n-1',
    orgName: '上城区分公司',
  },
  roles: [
    {
      role: 'district_supervisor',
      label: '区县督导',
      orgNodeId: 'n-1',
      orgName: '上城区',
      orgLevel: 'district',
    },
  ],
  permissions: ['inspection.read'],
  mustChangePassword: false,
};
const remotes: PortalBootstrap['remotes'] = [
  {
    name: 'inspection',
    title: { 'zh-CN': '服务检查', en: 'Service inspection' },
    icon: 'Checked',
    order: 10,
    permission: 'inspection.read',
    entry: '/remotes/inspection/mf-manifest.json',
  },
];

afterEach(() => {
  document.head.innerHTML = '';
});

describe('the bootstrap data in the page', () => {
  it('is a JSON data block no text in it can break out of, read back as it was sent', () => {
    const element = bootstrapElement({ me, remotes });
    expect(element).toMatch(/^<script type="application\/json" id="duda-bootstrap">[^<]*<\/script>$/);
    document.head.innerHTML = element;
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(takeBootstrap(document)).toEqual({ me, remotes });
  });

  it('is read once: a later look finds nothing', () => {
    document.head.innerHTML = bootstrapElement({ me, remotes });
    expect(takeBootstrap(document)).not.toBeNull();
    expect(document.getElementById(BOOTSTRAP_ELEMENT_ID)).toBeNull();
    expect(takeBootstrap(document)).toBeNull();
  });

  it('counts as absent when it is missing or malformed, so the shell asks as before', () => {
    expect(takeBootstrap(document)).toBeNull();
    for (const text of ['{not json', '{"me": {"person": {}}, "remotes": []}', 'null']) {
      document.head.innerHTML = `<script type="application/json" id="${BOOTSTRAP_ELEMENT_ID}">${text}</script>`;
      expect(takeBootstrap(document)).toBeNull();
    }
  });

  it('skips a malformed remote and keeps the rest', () => {
    document.head.innerHTML = bootstrapElement({
      me,
      remotes: [...remotes, { name: 'broken' } as unknown as PortalBootstrap['remotes'][number]],
    });
    expect(takeBootstrap(document)?.remotes).toEqual(remotes);
  });
});
