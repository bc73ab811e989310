import { describe, expect, it } from 'vitest';
import { examineeBody, examineeQuestion } from './question-view.ts';

describe('a question as the examinee sees it', () => {
  it('shows options in the drawn order', () => {
    const body = examineeBody(
      {
        type: 'SINGLE_CHOICE',
        options: [
          { id: 'A', text: '身份证件' },
          { id: 'B', text: '账单' },
          { id: 'C', text: '服务密码' },
        ],
      },
      ['C', 'A', 'B'],
    );
    expect(body).toEqual({
      type: 'SINGLE_CHOICE',
      options: [
        { id: 'C', text: '服务密码' },
        { id: 'A', text: '身份证件' },
        { id: 'B', text: '账单' },
      ],
    });
  });

  it('keeps matching prompts in place and shuffles only the choices', () => {
    const body = examineeBody(
      {
        type: 'MATCHING',
        prompts: [
          { id: 'p1', text: '销户' },
          { id: 'p2', text: '话费查询' },
        ],
        choices: [
          { id: 'c1', text: '柜台' },
          { id: 'c2', text: '手机营业厅' },
        ],
      },
      ['c2', 'c1'],
    );
    expect(body).toMatchObject({
      prompts: [{ id: 'p1' }, { id: 'p2' }],
      choices: [{ id: 'c2' }, { id: 'c1' }],
    });
  });

  it('never carries the rubric of a short answer', () => {
    const question = examineeQuestion(
      { slot: 3, questionId: 'q', versionId: 'v', type: 'SHORT_ANSWER', points: 10 },
      { stem: '如何处理投诉？', body: { type: 'SHORT_ANSWER', rubric: '安抚 3 分；核实 3 分；方案 4 分' } },
    );
    expect(question).toEqual({
      slot: 3,
      type: 'SHORT_ANSWER',
      points: 10,
      stem: '如何处理投诉？',
      body: { type: 'SHORT_ANSWER' },
    });
  });
});
