import { defineArea } from '../area.ts';

const read = {
  'inspection.template.read': 'subtree',
  'inspection.plan.read': 'subtree',
  'inspection.read': 'subtree',
  'rectification.read': 'subtree',
  'notice.read': 'subtree',
  'queue.read': 'subtree',
} as const;
const supervise = {
  ...read,
  'inspection.plan.edit': 'subtree',
  'inspection.perform': 'subtree',
  'rectification.verify': 'subtree',
  'notice.manage': 'subtree',
  'archive.manage': 'subtree',
} as const;
const runHall = {
  ...read,
  'inspection.selfcheck': 'subtree',
  'rectification.respond': 'subtree',
  'queue.report': 'subtree',
} as const;

/**
 * Service inspection (服务检查, services/inspection): checklist standards, plans, inspections, rectification
 * orders, monthly notices and their archive, queue readings.
 */
export const inspectionArea = defineArea({
  actions: [
    'inspection.template.read',
    'inspection.template.manage',
    'inspection.plan.read',
    'inspection.plan.edit',
    'inspection.plan.approve',
    'inspection.read',
    'inspection.perform',
    'inspection.selfcheck',
    'inspection.mystery.read',
    'inspection.mystery.publish',
    'rectification.read',
    'rectification.respond',
    'rectification.verify',
    'notice.read',
    'notice.manage',
    'queue.read',
    'queue.report',
    'archive.manage',
  ],
  grants: {
    city_supervisor: {
      ...supervise,
      'inspection.template.manage': 'subtree',
      'inspection.mystery.read': 'subtree',
      'inspection.mystery.publish': 'subtree',
    },
    district_supervisor: supervise,
    hall_manager: runHall,
    duty_manager: runHall,
    manager_assistant: runHall,
    // Clerks, trainers and HR read the monthly notices (通报) of their scope, nothing else of inspections.
    clerk: { 'notice.read': 'subtree' },
    trainer: { 'notice.read': 'subtree' },
    hr: { 'notice.read': 'subtree' },
    leader: { ...read, 'inspection.plan.approve': 'subtree', 'inspection.mystery.read': 'subtree' },
    // The administrator keeps the checklist standards (检查标准) in order, not the inspections themselves.
    admin: { 'inspection.template.read': 'subtree', 'inspection.template.manage': 'subtree' },
  },
  assignable: ['inspection.read', 'inspection.perform', 'rectification.read', 'rectification.verify'],
});
