import { defineArea } from '../area.ts';

const readResults = { 'training.read': 'subtree', 'training.analysis.read': 'subtree' } as const;
const sitExams = { 'training.exam.take': 'own' } as const;

/**
 * Training and exams (培训考试, services/training). The trainer keeps the question bank, builds papers, runs and
 * marks the exams; supervisors, hall managers, leaders and HR read results and analysis in their scope; every
 * member of staff sits the exams published to them and sees only their own attempts. A hall manager records the
 * conversations (谈话, 表9) with their staff who scored under the city mean.
 */
export const trainingArea = defineArea({
  actions: [
    'training.read',
    'training.analysis.read',
    'training.bank.manage',
    'training.exam.manage',
    'training.exam.take',
    'training.conversation.record',
  ],
  grants: {
    trainer: {
      ...readResults,
      'training.bank.manage': 'subtree',
      'training.exam.manage': 'subtree',
      ...sitExams,
    },
    city_supervisor: { ...readResults, ...sitExams },
    district_supervisor: { ...readResults, ...sitExams },
    hall_manager: { ...readResults, ...sitExams, 'training.conversation.record': 'subtree' },
    duty_manager: { 'training.read': 'subtree', ...sitExams },
    clerk: sitExams,
    leader: readResults,
    hr: readResults,
  },
});
