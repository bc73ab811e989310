import { defineArea } from '../area.ts';

const manage = { 'training.read': 'subtree', 'training.entry.manage': 'subtree' } as const;

/** Training and exams (培训考试, services/training). Supervisors keep entries; halls and leaders read them. */
export const trainingArea = defineArea({
  actions: ['training.read', 'training.entry.manage'],
  grants: {
    city_supervisor: manage,
    district_supervisor: manage,
    hall_manager: { 'training.read': 'subtree' },
    leader: { 'training.read': 'subtree' },
  },
});
