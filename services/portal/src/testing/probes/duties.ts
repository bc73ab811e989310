// The duties' rows of the authorization matrix (必做): the manager of 湖滨 has a duty of today with a marked title.
// Each person reads and ticks only their own duties, so none of the six probe callers sees or ticks it; only a city
// supervisor keeps templates (none of the six is one); rates read the caller's scope — HR the city's (湖滨's
// manager among them), the other district's supervisor and the other hall's manager not 湖滨; so does a person's
// duties (with their photos), which only the manager of 湖滨 uploads.
import { SIGNED_IN, defineAreaProbes, type Owners } from '@duda/service-org/testing/authz-probes';
import type { PortalService } from '../../module.ts';

interface MyDuties {
  tasks: { id: string; title: string; code: string }[];
}

export interface DutiesWorld {
  task: { id: string; title: string };
  managerId: string;
  managerName: string;
}

const ownersDuties = async (owners: Owners) =>
  (await owners('hubin.mgr')).query<MyDuties>('portal.duties.mine', { span: 'day' });

export const dutiesProbes = defineAreaProbes<DutiesWorld, PortalService>({
  prefix: 'portal.duties',
  async world(owners, service) {
    const { tasks } = await ownersDuties(owners);
    const floor = tasks.find((t) => t.code === 'hall.daily.floor')!;
    // Titles come from the city's templates, not from a procedure: marked here so a leak is recognisable.
    const title = `矩阵-必做-${crypto.randomUUID().slice(0, 8)}`;
    const row = await service.prisma.dutyTask.update({ where: { id: floor.id }, data: { title } });
    return { task: { id: floor.id, title }, managerId: row.personId, managerName: row.personName };
  },
  secrets: (w) => [w.task.title, w.task.id],
  probes: {
    'portal.duties.mine': { allowed: SIGNED_IN, input: () => ({ span: 'day' }), sees: [] },
    'portal.duties.tick': {
      allowed: [],
      input: (w) => ({ taskId: w.task.id, note: '矩阵勾选' }),
      reread: (_w, owners) => ownersDuties(owners),
    },
    // Only the duty's holder uploads its photo; a supervisor sees a person's duties in their rates scope only.
    'portal.duties.uploadPhoto': {
      allowed: [],
      input: (w) => {
        const form = new FormData();
        form.set('taskId', w.task.id);
        form.set('file', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], '矩阵照片.jpg'));
        return form;
      },
    },
    'portal.duties.person': {
      allowed: ['nanxing.mgr', 'xh.sup', 'hr'],
      input: (w) => ({ personId: w.managerId, span: 'day' }),
      sees: ['hr'],
    },
    'portal.duties.templates': { allowed: [] },
    'portal.duties.saveTemplate': {
      allowed: [],
      input: () => ({
        code: null,
        role: 'hall_manager',
        cadence: 'DAILY',
        title: '矩阵新增必做',
        target: 1,
        dueDay: null,
        dueTime: '18:00',
        windowStart: null,
        weekdaysOnly: false,
        evidence: null,
        active: true,
      }),
      reread: async (_w, owners) => (await owners('city.sup')).query('portal.duties.templates'),
    },
    'portal.duties.rates': {
      allowed: ['nanxing.mgr', 'xh.sup', 'hr'],
      input: () => ({ span: 'day' }),
      secrets: (w) => [w.managerName],
      sees: ['hr'],
    },
  },
});
