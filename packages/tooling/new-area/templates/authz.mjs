// packages/authz/src/areas/<area>.ts: who may do what in the new area, composed with the other areas.

export const authzArea = (n, title) => `import { defineArea } from '../area.ts';

const manage = { '${n.key}.read': 'subtree', '${n.key}.entry.manage': 'subtree' } as const;

/** ${title.en} (${title['zh-CN']}, services/${n.key}). Supervisors keep entries; halls and leaders read them. */
export const ${n.camel}Area = defineArea({
  actions: ['${n.key}.read', '${n.key}.entry.manage'],
  grants: {
    city_supervisor: manage,
    district_supervisor: manage,
    hall_manager: { '${n.key}.read': 'subtree' },
    leader: { '${n.key}.read': 'subtree' },
  },
});
`;
