// The ledger's rows of the authorization matrix. The world: two devices 湖滨's manager registered (marked asset
// numbers), a fault 湖滨's duty manager reported on the first (marked description) and a replacement asked for the
// second (marked reason). 湖滨's clerk reads 湖滨's ledger and reports its faults; 南星's manager, 西湖区's supervisor,
// the trainer and HR neither read nor change anything of 湖滨.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';

export interface LedgerWorld {
  hubinId: string;
  cityId: string;
  deviceId: string;
  otherDeviceId: string;
  faultId: string;
  retirementId: string;
  marks: string[];
}

interface Me {
  person: { orgNodeId: string };
}

const HUBIN_READS = ['hubin.clerk'] as const;

const deviceAsManager = async (w: LedgerWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('operations.devices.get', { id: w.deviceId });
const faultAsManager = async (w: LedgerWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('operations.faults.get', { id: w.faultId });

export const ledgerProbes = defineAreaProbes<LedgerWorld>({
  prefix: 'operations',
  async world(owners) {
    const manager = await owners('hubin.mgr');
    const hubinId = (await manager.query<Me>('org.me')).person.orgNodeId;
    const tag = crypto.randomUUID().slice(0, 8);
    const register = (n: number) =>
      manager.mutation<{ id: string }>('operations.devices.register', {
        orgNodeId: hubinId,
        type: 'SELF_SERVICE',
        model: `矩阵型号${tag}`,
        assetNo: `矩阵-${tag}-${n}`,
        installedOn: '2025-06-01',
      });
    const device = await register(1);
    const other = await register(2);
    const description = `矩阵故障${tag}`;
    const reason = `矩阵更换理由${tag}`;
    const fault = await (
      await owners('hubin.duty')
    ).mutation<{ id: string }>('operations.faults.report', {
      deviceId: device.id,
      description,
    });
    const retirement = await manager.mutation<{ id: string }>('operations.retirements.request', {
      deviceId: other.id,
      kind: 'REPLACE',
      reason,
    });
    const { cityNodeId } = await (
      await owners('city.sup')
    ).query<{ cityNodeId: string }>('operations.maintenance.cadences');
    return {
      hubinId,
      cityId: cityNodeId,
      deviceId: device.id,
      otherDeviceId: other.id,
      faultId: fault.id,
      retirementId: retirement.id,
      marks: [`矩阵-${tag}-1`, `矩阵-${tag}-2`, description, reason],
    };
  },
  secrets: (w) => [...w.marks, w.deviceId, w.faultId, w.retirementId],
  probes: {
    'operations.devices.list': { allowed: SIGNED_IN, input: () => ({ pageSize: 200 }), sees: HUBIN_READS },
    'operations.devices.get': { allowed: HUBIN_READS, input: (w) => ({ id: w.deviceId }) },
    'operations.devices.register': {
      allowed: [],
      input: (w) => ({
        orgNodeId: w.hubinId,
        type: 'POS',
        model: '冒名设备',
        assetNo: `冒名-${crypto.randomUUID().slice(0, 8)}`,
        installedOn: '2025-06-01',
      }),
      reread: async (w, owners) =>
        (await owners('hubin.mgr')).query('operations.devices.list', { orgNodeId: w.hubinId, pageSize: 200 }),
    },
    'operations.devices.edit': {
      allowed: [],
      input: (w) => ({
        id: w.deviceId,
        type: 'POS',
        model: '冒名修改',
        assetNo: `冒名-${crypto.randomUUID().slice(0, 8)}`,
        installedOn: '2025-06-01',
      }),
      reread: deviceAsManager,
    },
    'operations.devices.maintain': {
      allowed: [],
      input: (w) => ({ id: w.deviceId, note: '冒名维护' }),
      reread: deviceAsManager,
    },
    'operations.faults.list': { allowed: SIGNED_IN, input: () => ({ pageSize: 200 }), sees: HUBIN_READS },
    'operations.faults.get': { allowed: HUBIN_READS, input: (w) => ({ id: w.faultId }) },
    'operations.faults.uploadPhoto': {
      allowed: HUBIN_READS,
      input: (w) => {
        const form = new FormData();
        form.set('deviceId', w.deviceId);
        form.set('file', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], '矩阵照片.jpg'));
        return form;
      },
      sees: [],
    },
    'operations.faults.report': {
      allowed: HUBIN_READS,
      input: (w) => ({ deviceId: w.otherDeviceId, description: '出票缓慢' }),
      reread: async (w, owners) =>
        (await owners('hubin.mgr')).query('operations.faults.list', { deviceId: w.otherDeviceId }),
    },
    'operations.faults.assign': {
      allowed: [],
      input: (w) => ({ id: w.faultId, assignee: '冒名维修' }),
      reread: faultAsManager,
    },
    'operations.faults.repair': {
      allowed: [],
      input: (w) => ({ id: w.faultId, note: '冒名修复' }),
      reread: faultAsManager,
    },
    'operations.faults.confirm': { allowed: [], input: (w) => ({ id: w.faultId }), reread: faultAsManager },
    'operations.faults.reopen': {
      allowed: [],
      input: (w) => ({ id: w.faultId, note: '冒名退回' }),
      reread: faultAsManager,
    },
    'operations.retirements.list': { allowed: SIGNED_IN, sees: HUBIN_READS },
    'operations.retirements.request': {
      allowed: [],
      input: (w) => ({ deviceId: w.deviceId, kind: 'SCRAP', reason: '冒名报废' }),
      reread: deviceAsManager,
    },
    'operations.maintenance.cadences': { allowed: SIGNED_IN },
    'operations.maintenance.setCadence': {
      allowed: [],
      input: (w) => ({ cityNodeId: w.cityId, type: 'PRINTER', days: 1 }),
      reread: async (_w, owners) => (await owners('city.sup')).query('operations.maintenance.cadences'),
    },
    'operations.figures.month': {
      allowed: SIGNED_IN,
      input: () => ({ month: '2026-12' }),
      sees: HUBIN_READS,
    },
    // 湖滨's clerk confirms no repairs and keeps no maintenance: an empty inbox part for all six.
    'operations.pending.mine': { allowed: SIGNED_IN, input: () => ({ limit: 50 }), sees: [] },
  },
});
