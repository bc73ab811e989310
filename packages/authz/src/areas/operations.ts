import { defineArea } from '../area.ts';

/** Everyone on a hall's staff reads its ledger and reports a fault from the floor (报障). */
const hallStaff = { 'operations.read': 'subtree', 'operations.fault.report': 'subtree' } as const;
/** A hall's managers keep its ledger: devices, maintenance, repairs, confirming them, asking to retire a device. */
const hallManagers = {
  ...hallStaff,
  'operations.device.manage': 'subtree',
  'operations.maintenance.record': 'subtree',
  'operations.fault.repair': 'subtree',
  'operations.fault.confirm': 'subtree',
  // 应急预案与演练: the hall adapts its plans, runs incidents and drills on them, schedules its drills.
  'operations.plan.adapt': 'subtree',
  'operations.incident.run': 'subtree',
  'operations.drill.schedule': 'subtree',
} as const;
/** Supervisors keep their halls' ledgers too, follow repairs and approve replacement and scrap (更换报废审批). */
const supervisors = {
  ...hallStaff,
  'operations.device.manage': 'subtree',
  'operations.fault.repair': 'subtree',
  'operations.retirement.approve': 'subtree',
  // They take up escalated incidents (上报), schedule and evaluate their halls' drills.
  'operations.incident.oversee': 'subtree',
  'operations.drill.schedule': 'subtree',
  'operations.drill.evaluate': 'subtree',
} as const;

/**
 * Hall operations (运营保障, services/operations): the equipment ledger (设施与设备台账). Halls keep theirs, districts
 * oversee their halls' and approve retirements, the city also sets the maintenance cadence per device type. Contingency
 * (应急预案与演练): the city keeps plan templates, a hall adapts and runs them, supervisors take up escalations and
 * evaluate drills.
 */
export const operationsArea = defineArea({
  actions: [
    'operations.read',
    'operations.device.manage',
    // Maintenance to-dos are the hall's (its managers'), not the supervisors'.
    'operations.maintenance.record',
    'operations.schedule.manage',
    'operations.fault.report',
    'operations.fault.repair',
    'operations.fault.confirm',
    'operations.retirement.approve',
    'operations.plan.template',
    'operations.plan.adapt',
    'operations.incident.run',
    'operations.incident.oversee',
    'operations.drill.schedule',
    'operations.drill.evaluate',
  ],
  grants: {
    city_supervisor: {
      ...supervisors,
      'operations.schedule.manage': 'subtree',
      'operations.plan.template': 'subtree',
    },
    district_supervisor: supervisors,
    hall_manager: hallManagers,
    duty_manager: hallManagers,
    manager_assistant: hallStaff,
    clerk: hallStaff,
    leader: { 'operations.read': 'subtree' },
  },
});
