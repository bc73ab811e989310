import { defineArea } from '../area.ts';

const ratesInScope = { 'portal.duty.view': 'subtree', 'portal.duty.rates.read': 'subtree' } as const;
// 工作日志/周报: everyone at a hall or a supervision office keeps their own; supervisors read their scope's.
const ownLog = { 'portal.worklog.write': 'own' } as const;
const logsInScope = { ...ownLog, 'portal.worklog.read': 'subtree' } as const;
// 表2: the hall manager writes the hall's monthly report; supervisors and leaders read the submitted ones.
const reportsInScope = { 'portal.report.read': 'subtree' } as const;

/**
 * Workbench (工作台, services/portal): everyone's own to-dos (待办) and notifications, granted to no one: each
 * person reads only their own, and an area's to-dos are checked by the area's own rules. Must-do schedules (必做):
 * the city supervisor keeps the city's duty templates; supervisors, hall managers, leaders and HR (for
 * performance) read completion rates in their scope; `portal.duty.view` is the duties page, for those with
 * duties of their own or rates to read. Work logs and weekly reports (工作日志/周报): hall staff and supervisors keep
 * their own (`portal.worklog.write`); supervisors and hall managers read those in their scope. The hall monthly
 * report (表2): the hall manager writes it; supervisors and leaders read the submitted ones in their scope.
 */
export const portalArea = defineArea({
  actions: [
    'portal.duty.view',
    'portal.duty.template.manage',
    'portal.duty.rates.read',
    'portal.worklog.write',
    'portal.worklog.read',
    'portal.report.write',
    'portal.report.read',
  ],
  grants: {
    city_supervisor: {
      ...ratesInScope,
      ...logsInScope,
      ...reportsInScope,
      'portal.duty.template.manage': 'subtree',
    },
    district_supervisor: { ...ratesInScope, ...logsInScope, ...reportsInScope },
    hall_manager: { ...ratesInScope, ...logsInScope, ...reportsInScope, 'portal.report.write': 'subtree' },
    duty_manager: { 'portal.duty.view': 'own', ...ownLog },
    manager_assistant: { 'portal.duty.view': 'own', ...ownLog },
    clerk: ownLog,
    leader: { ...ratesInScope, ...reportsInScope },
    hr: ratesInScope,
  },
});
