import { defineArea } from '../area.ts';

const readResults = { 'training.read': 'subtree', 'training.analysis.read': 'subtree' } as const;
const sitExams = { 'training.exam.take': 'own', 'training.knowledge.read': 'subtree' } as const;

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
    // 口试与技能测试: a hall's supervisors record oral exams and business-handling times of its people.
    'training.skills.record',
    // 知识库: every member of staff reads the city's published articles; the trainer writes them and assigns 必读.
    'training.knowledge.read',
    'training.knowledge.manage',
    // 培训计划: each unit's own lead plans its month (city: trainer, district: supervisor, hall: manager).
    'training.plan.manage',
  ],
  grants: {
    trainer: {
      ...readResults,
      'training.bank.manage': 'subtree',
      'training.exam.manage': 'subtree',
      'training.knowledge.manage': 'subtree',
      'training.plan.manage': 'subtree',
      ...sitExams,
    },
    city_supervisor: { ...readResults, ...sitExams },
    district_supervisor: {
      ...readResults,
      ...sitExams,
      'training.skills.record': 'subtree',
      'training.plan.manage': 'subtree',
    },
    hall_manager: {
      ...readResults,
      ...sitExams,
      'training.conversation.record': 'subtree',
      'training.skills.record': 'subtree',
      'training.plan.manage': 'subtree',
    },
    duty_manager: { 'training.read': 'subtree', ...sitExams, 'training.skills.record': 'subtree' },
    clerk: sitExams,
    manager_assistant: { 'training.knowledge.read': 'subtree' },
    leader: { ...readResults, 'training.knowledge.read': 'subtree' },
    hr: { ...readResults, 'training.knowledge.read': 'subtree' },
  },
});
