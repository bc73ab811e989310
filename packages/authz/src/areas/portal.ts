import { defineArea } from '../area.ts';

const ratesInScope = { 'portal.duty.view': 'subtree', 'portal.duty.rates.read': 'subtree' } as const;

/**
 * Workbench (工作台, services/portal): everyone's own to-dos (待办) and notifications, granted to no one: each
 * person reads only their own, and an area's to-dos are checked by the area's own rules. Must-do schedules (必做):
 * the city supervisor keeps the city's duty templates; supervisors, hall managers, leaders and HR (for
 * performance) read completion rates in their scope; `portal.duty.view` is the duties page, for those with
 * duties of their own or rates to read.
 */
export const portalArea = defineArea({
  actions: ['portal.duty.view', 'portal.duty.template.manage', 'portal.duty.rates.read'],
  grants: {
    city_supervisor: { ...ratesInScope, 'portal.duty.template.manage': 'subtree' },
    district_supervisor: ratesInScope,
    hall_manager: ratesInScope,
    duty_manager: { 'portal.duty.view': 'own' },
    manager_assistant: { 'portal.duty.view': 'own' },
    leader: ratesInScope,
    hr: ratesInScope,
  },
});
