// The entries placeholder's rows of the authorization matrix (removed with the entries sub-area):
// an entry the district supervisor made for 湖滨, and which of the six probe callers may touch it. Every new
// procedure needs its entry here, or the matrix fails naming it.
import { defineAreaProbes, SIGNED_IN } from '@duda/service-org/testing/authz-probes';

interface Page<T> {
  items: T[];
}

export interface EntriesWorld {
  hubinId: string;
  entry: { id: string; title: string };
}

export const entriesProbes = defineAreaProbes<EntriesWorld>({
  prefix: 'forms.entries',
  async world(owners) {
    const supervisor = await owners('sc.sup');
    const halls = await supervisor.query<Page<{ id: string; name: string }>>('org.halls', { pageSize: 50 });
    const hubin = halls.items.find((hall) => hall.name === '湖滨营业厅')!;
    const title = `矩阵-forms-${crypto.randomUUID().slice(0, 8)}`;
    const entry = await supervisor.mutation<{ id: string }>('forms.entries.create', {
      orgNodeId: hubin.id,
      title,
    });
    return { hubinId: hubin.id, entry: { id: entry.id, title } };
  },
  secrets: (w) => [w.entry.title, w.entry.id],
  probes: {
    // Supervisors and halls read their own units' entries: none of the six callers reads 湖滨's.
    'forms.entries.list': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    'forms.entries.create': {
      allowed: [],
      input: (w) => ({ orgNodeId: w.hubinId, title: '冒名条目' }),
      reread: async (_w, owners) => (await owners('sc.sup')).query('forms.entries.list', {}),
    },
  },
});
