// Question content for the bank's tests: a valid question of each type on a given knowledge point.
import type { QuestionContent } from '@duda/contract-training';

export function singleChoice(
  knowledgePointId: string,
  stem = '携号转网授权码的有效期是多少天？',
): QuestionContent {
  return {
    stem,
    body: {
      type: 'SINGLE_CHOICE',
      options: [
        { id: 'A', text: '7 天' },
        { id: 'B', text: '15 天' },
        { id: 'C', text: '30 天' },
      ],
    },
    key: { type: 'SINGLE_CHOICE', correct: 'A' },
    knowledgePointId,
    businessLine: 'MOBILE',
    difficulty: 2,
    source: '携号转网业务规范',
    tags: ['携号转网'],
    points: 2,
  };
}

export function fillIn(knowledgePointId: string): QuestionContent {
  return {
    stem: '实名登记时，16 周岁以下用户须由 ____ 陪同办理，并出示 ____。',
    body: { type: 'FILL_IN', blanks: 2 },
    key: { type: 'FILL_IN', blanks: [['监护人'], ['户口簿', '户口本']], caseSensitive: false },
    knowledgePointId,
    businessLine: 'COUNTER_STANDARD',
    difficulty: 4,
    source: '',
    tags: ['实名制'],
    points: 2,
  };
}
