// The complaints' rows of the authorization matrix. The world: a complaint 湖滨's duty manager took in at the
// counter, with a marked customer, contact and description. Its handlers (the duty manager, 湖滨's manager) and the
// supervisors above read it; none of the six callers does — 湖滨's clerk reads only the cases they took, handle or
// were found responsible for. `counts` names the cases it counts, so the complaint is among the secrets it keeps.
// Complaints are taken in at one's own hall: 湖滨's clerk for 湖滨; 南星's manager, 西湖区's supervisor, the trainer
// and HR not. Everyone reads the time limits in force in their city; only the city's supervisors set them.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';

export interface ComplaintsWorld {
  hubinId: string;
  cityId: string;
  complaintId: string;
  customerName: string;
  contact: string;
  description: string;
}

interface Me {
  person: { orgNodeId: string };
}

const asDuty = async (w: ComplaintsWorld, owners: Owners) =>
  (await owners('hubin.duty')).query('forms.complaints.get', { id: w.complaintId });

const step = (input: (w: ComplaintsWorld) => unknown) => ({ allowed: [], input, reread: asDuty });

export const complaintsProbes = defineAreaProbes<ComplaintsWorld>({
  prefix: 'forms.complaints',
  async world(owners) {
    const duty = await owners('hubin.duty');
    const hubinId = (await duty.query<Me>('org.me')).person.orgNodeId;
    const tag = crypto.randomUUID().slice(0, 8);
    const marked = {
      customerName: `矩阵客户${tag}`,
      contact: `1390000${tag.replace(/\D/g, '0').slice(0, 4)}`,
      description: `矩阵投诉-${tag}`,
    };
    const taken = await duty.mutation<{ id: string }>('forms.complaints.take', {
      hallId: hubinId,
      channel: 'HALL',
      category: 'SERVICE',
      ...marked,
    });
    const cityId = (await (await owners('city.sup')).query<Me>('org.me')).person.orgNodeId;
    return { hubinId, cityId, complaintId: taken.id, ...marked };
  },
  secrets: (w) => [w.customerName, w.contact, w.description, w.complaintId],
  probes: {
    'forms.complaints.take': {
      allowed: ['hubin.clerk'],
      input: (w) => ({
        hallId: w.hubinId,
        customerName: '来访客户',
        contact: '0571-8888',
        channel: 'PHONE',
        category: 'BUSINESS',
        description: '话费账单有疑问',
      }),
      sees: [],
    },
    'forms.complaints.get': { allowed: [], input: (w) => ({ id: w.complaintId }) },
    'forms.complaints.list': { allowed: SIGNED_IN, input: () => ({ pageSize: 200 }), sees: [] },
    'forms.complaints.counts': { allowed: SIGNED_IN, input: () => ({ month: '2026-12' }), sees: [] },
    'forms.complaints.classify': step((w) => ({
      id: w.complaintId,
      category: 'BUSINESS',
      assignee: { personId: crypto.randomUUID(), name: '冒名' },
    })),
    'forms.complaints.investigate': step((w) => ({ id: w.complaintId, note: '冒名调查' })),
    'forms.complaints.resolve': step((w) => ({
      id: w.complaintId,
      responsibility: '冒名',
      measures: '冒名',
    })),
    'forms.complaints.feedback': step((w) => ({ id: w.complaintId, note: '冒名答复' })),
    'forms.complaints.followUp': step((w) => ({
      id: w.complaintId,
      satisfaction: 'SATISFIED',
      note: '冒名回访',
    })),
    'forms.complaints.close': step((w) => ({ id: w.complaintId })),
    'forms.complaints.limits': { allowed: SIGNED_IN, sees: [] },
    'forms.complaints.setLimits': {
      allowed: [],
      input: (w) => ({ cityId: w.cityId, hours: { SERVICE: 1, BUSINESS: 1, PRODUCT: 1 } }),
      reread: async (_w, owners) => (await owners('city.sup')).query('forms.complaints.limits'),
    },
  },
});
