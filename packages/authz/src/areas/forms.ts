import { defineArea } from '../area.ts';

/** Everyone on the staff fills in the forms of their own unit and reads what they filled in (本人). */
const fillOwn = {
  'forms.read': 'subtree',
  'forms.submission.submit': 'own',
  'forms.submission.read': 'own',
} as const;
/** A hall's managers, supervisors and leaders read every form of their unit and below (本厅 / 辖区). */
const readUnit = {
  'forms.read': 'subtree',
  'forms.submission.read': 'subtree',
  'forms.approval.read': 'subtree',
  'forms.complaint.read': 'subtree',
  'forms.policy.read': 'subtree',
} as const;
/** At the counter (前台): complaints are taken in at one's hall; a clerk reads the cases they took or handle. */
const counter = { 'forms.complaint.take': 'subtree', 'forms.complaint.read': 'own' } as const;

/**
 * Forms and approvals (表单与审批, services/forms). City supervisors keep their city's form templates (the
 * province's administrator the province's reference forms, 表1–表10), which every unit below fills in; staff file
 * their own forms; a hall's managers, supervisors and leaders read (and file) the forms of their unit and below.
 */
export const formsArea = defineArea({
  actions: [
    'forms.read',
    'forms.template.manage',
    'forms.submission.submit',
    'forms.submission.read',
    // Every approval (审批) of the unit, whoever takes part in it: the unit's managers, supervisors and leaders.
    'forms.approval.read',
    // Customer complaints (客户投诉): taken in at a hall; read over a unit, contact details only by their handlers.
    'forms.complaint.take',
    'forms.complaint.read',
    // A city's own complaint time limits (办结时限), set by its city supervisors.
    'forms.complaint.limits.manage',
    // The policy library (制度库): every version of a unit's policies read over the unit (those in force also by
    // whom they apply to); kept — drafted, consulted on, sent to the leader — by its city's and districts' supervisors.
    'forms.policy.read',
    'forms.policy.manage',
  ],
  grants: {
    admin: { 'forms.read': 'subtree', 'forms.template.manage': 'subtree' },
    city_supervisor: {
      ...readUnit,
      'forms.template.manage': 'subtree',
      'forms.submission.submit': 'subtree',
      'forms.complaint.limits.manage': 'subtree',
      'forms.policy.manage': 'subtree',
    },
    district_supervisor: {
      ...readUnit,
      'forms.submission.submit': 'subtree',
      'forms.policy.manage': 'subtree',
    },
    hall_manager: { ...readUnit, 'forms.submission.submit': 'subtree', 'forms.complaint.take': 'subtree' },
    duty_manager: { ...readUnit, 'forms.submission.submit': 'subtree', 'forms.complaint.take': 'subtree' },
    manager_assistant: { ...fillOwn, ...counter },
    clerk: { ...fillOwn, ...counter },
    trainer: fillOwn,
    hr: fillOwn,
    leader: { ...readUnit, 'forms.submission.submit': 'own' },
  },
});
