// The submissions' rows of the authorization matrix. The world: a province form the administrator publishes, a
// record of it 湖滨's manager submitted and a draft of theirs, each with a marked note. A record is read by its
// submitter, the hall's managers and the supervisors above (none of the six callers for 湖滨's manager's record: a
// clerk reads only their own), and a draft only by its author. Staff fill in forms for their own unit — 湖滨's clerk
// for 湖滨, the city's trainer and HR anywhere in their city, as themselves; 南星's manager and 西湖区's supervisor
// not for 湖滨.
import {
  defineAreaProbes,
  SIGNED_IN,
  type Owners,
  type ProbeCaller,
} from '@duda/service-org/testing/authz-probes';
import { probeTemplateContent } from './templates.ts';

export interface SubmissionsWorld {
  hubinId: string;
  templateId: string;
  versionId: string;
  recordId: string;
  draftId: string;
  recordNote: string;
  draftNote: string;
}

interface Page<T> {
  items: T[];
}

const fillersOfHubin = ['hubin.clerk', 'trainer', 'hr'] as const satisfies readonly ProbeCaller[];

const ownerRecords = async (w: SubmissionsWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('forms.submissions.list', { templateId: w.templateId, pageSize: 200 });

export const submissionsProbes = defineAreaProbes<SubmissionsWorld>({
  prefix: 'forms.submissions',
  async world(owners) {
    const admin = await owners('admin');
    const me = await admin.query<{ roles: { orgNodeId: string; role: string }[] }>('org.me');
    const template = await admin.mutation<{ id: string; versions: { id: string }[] }>(
      'forms.templates.create',
      {
        orgNodeId: me.roles.find((role) => role.role === 'admin')!.orgNodeId,
        code: `矩阵${crypto.randomUUID().slice(0, 6)}`,
        name: { 'zh-CN': '矩阵填报表', en: 'Matrix filing form' },
        ...probeTemplateContent,
      },
    );
    const versionId = template.versions[0]!.id;
    await admin.mutation('forms.templates.publish', { versionId });
    const manager = await owners('hubin.mgr');
    const halls = await manager.query<Page<{ id: string; name: string }>>('org.halls', { pageSize: 50 });
    const hubinId = halls.items.find((hall) => hall.name === '湖滨营业厅')!.id;
    const tag = crypto.randomUUID().slice(0, 8);
    const recordNote = `矩阵记录-${tag}`;
    const draftNote = `矩阵草稿-${tag}`;
    const record = await manager.mutation<{ id: string }>('forms.submissions.submit', {
      versionId,
      orgNodeId: hubinId,
      data: { note: recordNote },
    });
    const draft = await manager.mutation<{ id: string }>('forms.submissions.saveDraft', {
      versionId,
      orgNodeId: hubinId,
      data: { note: draftNote },
    });
    return {
      hubinId,
      templateId: template.id,
      versionId,
      recordId: record.id,
      draftId: draft.id,
      recordNote,
      draftNote,
    };
  },
  secrets: (w) => [w.recordNote, w.draftNote],
  probes: {
    'forms.submissions.list': { allowed: SIGNED_IN, input: (w) => ({ templateId: w.templateId }), sees: [] },
    'forms.submissions.export': {
      allowed: SIGNED_IN,
      input: (w) => ({ templateId: w.templateId }),
      sees: [],
    },
    'forms.submissions.mine': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    'forms.submissions.get': [
      { allowed: [], input: (w) => ({ id: w.recordId }) },
      { allowed: [], input: (w) => ({ id: w.draftId }) },
    ],
    'forms.submissions.saveDraft': {
      allowed: fillersOfHubin,
      sees: [],
      input: (w) => ({ versionId: w.versionId, orgNodeId: w.hubinId, data: { note: '冒名草稿' } }),
      reread: async (w, owners) =>
        (await owners('hubin.mgr')).query('forms.submissions.get', { id: w.draftId }),
    },
    'forms.submissions.submit': [
      {
        allowed: fillersOfHubin,
        sees: [],
        input: (w) => ({ versionId: w.versionId, orgNodeId: w.hubinId, data: { note: '冒名提交' } }),
      },
      {
        // Someone else's draft: nobody but its author submits it.
        allowed: [],
        input: (w) => ({
          id: w.draftId,
          versionId: w.versionId,
          orgNodeId: w.hubinId,
          data: { note: '冒名提交' },
        }),
        reread: ownerRecords,
      },
    ],
    // Whom to pick as approver: those who file for 湖滨 ask (the world's form has no picked step: nobody is offered).
    'forms.submissions.pickable': {
      allowed: fillersOfHubin,
      sees: [],
      input: (w) => ({ versionId: w.versionId, stepKey: 'pick', orgNodeId: w.hubinId }),
    },
    'forms.submissions.uploadFile': {
      allowed: fillersOfHubin,
      input: (w) => {
        const form = new FormData();
        form.set('orgNodeId', w.hubinId);
        form.set('file', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], '矩阵附件.jpg'));
        return form;
      },
    },
    'forms.submissions.discardDraft': {
      allowed: [],
      input: (w) => ({ id: w.draftId }),
      reread: async (w, owners) =>
        (await owners('hubin.mgr')).query('forms.submissions.get', { id: w.draftId }),
    },
  },
});
