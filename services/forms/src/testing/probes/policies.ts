// The policy library's rows of the authorization matrix. The world: a city service standard (scope 上城区, clerks)
// in consultation with 上城区, whose supervisor gave an opinion; and a second one the city supervisor sent to the
// leader (its approval is what forDecision reads). None of the six callers reads them — neither is in force nor sent
// to their units, none of them approves — and none keeps the city's policies (西湖区's supervisor keeps only 西湖区's).
import { paragraphs } from '@duda/contract-forms';
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';

export interface PoliciesWorld {
  cityId: string;
  districtId: string;
  policyId: string;
  versionId: string;
  opinionId: string;
  /** The approval of the second policy, sent to the leader. */
  decisionId: string;
  title: string;
  text: string;
}

interface Me {
  person: { orgNodeId: string };
}

interface Policy {
  versions: { approvalInstanceId: string | null; opinions: { id: string }[] }[];
}

const asAuthor = async (w: PoliciesWorld, owners: Owners) =>
  (await owners('city.sup')).query('forms.policies.get', { id: w.policyId });

const change = (input: (w: PoliciesWorld) => unknown) => ({ allowed: [], input, reread: asAuthor });

const content = (w: PoliciesWorld) => ({
  title: '冒名修改',
  category: 'OTHER',
  body: paragraphs('冒名正文'),
  scope: { orgNodeIds: [w.districtId], roles: [] },
});

export const policiesProbes = defineAreaProbes<PoliciesWorld>({
  prefix: 'forms.policies',
  async world(owners) {
    const city = await owners('city.sup');
    const sc = await owners('sc.sup');
    const cityId = (await city.query<Me>('org.me')).person.orgNodeId;
    const districtId = (await sc.query<Me>('org.me')).person.orgNodeId;
    const tag = crypto.randomUUID().slice(0, 8);
    const title = `矩阵制度${tag}`;
    const text = `矩阵正文-${tag}`;
    const { policyId, versionId } = await city.mutation<{ policyId: string; versionId: string }>(
      'forms.policies.create',
      {
        ownerOrgId: cityId,
        title,
        category: 'SERVICE_STANDARD',
        body: paragraphs(text),
        scope: { orgNodeIds: [districtId], roles: ['clerk'] },
      },
    );
    await city.mutation('forms.policies.startConsultation', {
      versionId,
      orgNodeIds: [districtId],
      deadline: new Date(Date.now() + 7 * 86_400_000),
    });
    await sc.mutation('forms.policies.giveOpinion', { versionId, text: `矩阵意见-${tag}` });
    const policy = await city.query<Policy>('forms.policies.get', { id: policyId });
    const opinionId = policy.versions[0]!.opinions[0]!.id;

    const sent = await city.mutation<{ policyId: string; versionId: string }>('forms.policies.create', {
      ownerOrgId: cityId,
      title: `${title}-审批`,
      category: 'DUTY_RULE',
      body: paragraphs(text),
      scope: { orgNodeIds: [districtId], roles: ['clerk'] },
    });
    await city.mutation('forms.policies.startConsultation', {
      versionId: sent.versionId,
      orgNodeIds: [districtId],
      deadline: new Date(Date.now() + 7 * 86_400_000),
    });
    await sc.mutation('forms.policies.giveOpinion', { versionId: sent.versionId, text: `矩阵意见-${tag}` });
    const asked = (await city.query<Policy>('forms.policies.get', { id: sent.policyId })).versions[0]!;
    await city.mutation('forms.policies.markOpinion', { opinionId: asked.opinions[0]!.id, accepted: true });
    await city.mutation('forms.policies.submit', { versionId: sent.versionId });
    const decided = (await city.query<Policy>('forms.policies.get', { id: sent.policyId })).versions[0]!;
    const decisionId = decided.approvalInstanceId!;
    return { cityId, districtId, policyId, versionId, opinionId, decisionId, title, text };
  },
  secrets: (w) => [w.title, w.text, w.policyId, w.versionId],
  probes: {
    'forms.policies.list': { allowed: SIGNED_IN, input: () => ({ pageSize: 100 }), sees: [] },
    'forms.policies.get': { allowed: [], input: (w) => ({ id: w.policyId }) },
    'forms.policies.compare': {
      allowed: [],
      input: (w) => ({ fromVersionId: w.versionId, toVersionId: w.versionId }),
    },
    'forms.policies.forDecision': { allowed: [], input: (w) => ({ instanceId: w.decisionId }) },
    'forms.policies.inForceOn': { allowed: [], input: (w) => ({ policyId: w.policyId, date: '2026-12-01' }) },
    'forms.policies.create': {
      allowed: [],
      input: (w) => ({ ...content(w), ownerOrgId: w.cityId }),
      reread: async (_w, owners) =>
        (await owners('city.sup')).query('forms.policies.list', { pageSize: 100 }),
    },
    'forms.policies.saveDraft': change((w) => ({ versionId: w.versionId, ...content(w) })),
    'forms.policies.revise': change((w) => ({ policyId: w.policyId })),
    'forms.policies.startConsultation': change((w) => ({
      versionId: w.versionId,
      orgNodeIds: [w.districtId],
      deadline: new Date(Date.now() + 86_400_000),
    })),
    'forms.policies.giveOpinion': change((w) => ({ versionId: w.versionId, text: '冒名意见' })),
    'forms.policies.markOpinion': change((w) => ({ opinionId: w.opinionId, accepted: true })),
    'forms.policies.submit': change((w) => ({ versionId: w.versionId })),
    'forms.policies.markRead': change((w) => ({ versionId: w.versionId })),
  },
});
