// The operations area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization):
// an entry the district supervisor made for 湖滨, and which of the six probe callers may touch it. Every new
// procedure needs its entry here, or the matrix fails naming it.
import { defineAreaProbes, SIGNED_IN } from '@duda/service-org/testing/authz-probes';

interface Page<T> {
  items: T[];
}

export interface OperationsWorld {
  hubinId: string;
  entry: { id: string; title: string };
}

export const operationsProbes = defineAreaProbes<OperationsWorld>({
  prefix: 'operations',
  async world(owners) {
    const supervisor = await owners('sc.sup');
    const halls = await supervisor.query<Page<{ id: string; name: string }>>('org.halls', { pageSize: 50 });
    const hubin = halls.items.find((hall) => hall.name === '湖滨营业厅')!;
    const title = `矩阵-operations-${crypto.randomUUID().slice(0, 8)}`;
    const entry = await supervisor.mutation<{ id: string }>('operations.entries.create', {
      orgNodeId: hubin.id,
      title,
    });
    return { hubinId: hubin.id, entry: { id: entry.id, title } };
  },
  secrets: (w) => [w.entry.title, w.entry.id],
  probes: {
    // Supervisors and halls read their own units' entries: none of the six callers reads 湖滨's.
    'operations.entries.list': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    'operations.entries.create': {
      allowed: [],
      input: (w) => ({ orgNodeId: w.hubinId, title: '冒名条目' }),
      reread: async (_w, owners) => (await owners('sc.sup')).query('operations.entries.list', {}),
    },
  },
});
