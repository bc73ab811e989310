import { describe, expect, it } from 'vitest';
import type { Answers } from './inspectionForm.ts';
import {
  answersFromResults,
  sameAnswers,
  draftResults,
  isProblem,
  progressOf,
  submissionGaps,
  unjudgedItems,
  withPassedItems,
  submissionResults,
} from './inspectionForm.ts';
import { testTemplate } from './testTemplate.ts';

const photo = { id: '0b9f3c4e-1d1a-4c5e-9a57-6f1f3f7f0a01', url: '/api/photos/p1?sig=x', name: '门头.jpg' };
const { sections } = testTemplate;
const [A01, A02] = sections[0]!.items;

function complete(): Answers {
  return {
    A01: { outcome: 'PASS', note: '', photos: [] },
    A02: { outcome: 3, note: ' 迎送不到位 ', photos: [] },
    A03: { outcome: 'PASS', note: '', photos: [] },
    B01: { outcome: 'PASS', note: '', photos: [photo] },
    B02: { outcome: 'NA', note: '', photos: [] },
  };
}

describe('draftResults', () => {
  it('keeps touched items only, unjudged ones included, with trimmed notes and photo ids', () => {
    const answers: Answers = {
      A01: { outcome: null, note: '', photos: [] },
      A02: { outcome: null, note: '工牌未戴', photos: [] },
      B01: { outcome: 'FAIL', note: '  ', photos: [photo] },
    };
    expect(draftResults(answers)).toEqual([
      { itemCode: 'A02', outcome: null, note: '工牌未戴', photoIds: [] },
      { itemCode: 'B01', outcome: 'FAIL', note: null, photoIds: [photo.id] },
    ]);
  });
});

describe('answersFromResults', () => {
  it('rebuilds answers with the signed photo URLs and drops photos the service no longer lists', () => {
    const answers = answersFromResults(
      [{ itemCode: 'B01', outcome: 'FAIL', note: '地面有水渍', photoIds: [photo.id, 'gone'] }],
      { [photo.id]: photo.url },
    );
    expect(answers.B01).toEqual({
      outcome: 'FAIL',
      note: '地面有水渍',
      photos: [{ id: photo.id, url: photo.url, name: photo.id }],
    });
  });

  it('round-trips with draftResults', () => {
    const answers = complete();
    const rebuilt = answersFromResults(draftResults(answers), { [photo.id]: photo.url });
    expect(draftResults(rebuilt)).toEqual(draftResults(answers));
  });
});

describe('sameAnswers', () => {
  it('compares what the answers say, not their order or untouched items', () => {
    const answers = complete();
    const reordered: Answers = {
      B02: answers.B02!,
      ...answers,
      A01: answers.A01!,
      X99: { outcome: null, note: ' ', photos: [] },
    };
    expect(sameAnswers(answers, reordered)).toBe(true);
    expect(sameAnswers(answers, { ...answers, A02: { outcome: 4, note: '', photos: [] } })).toBe(false);
  });
});

describe('progressOf', () => {
  it('counts judged items overall and per section', () => {
    const progress = progressOf(sections, {
      A01: { outcome: 'PASS', note: '', photos: [] },
      B02: { outcome: 'NA', note: '', photos: [] },
    });
    expect(progress).toEqual({
      answered: 2,
      total: 5,
      bySection: { A: { answered: 1, total: 3 }, B: { answered: 1, total: 2 } },
    });
  });
});

describe('isProblem', () => {
  it('is a FAIL or points below the maximum, never N/A or unjudged', () => {
    expect(isProblem(A01!, { outcome: 'FAIL', note: '', photos: [] })).toBe(true);
    expect(isProblem(A01!, { outcome: 'PASS', note: '', photos: [] })).toBe(false);
    expect(isProblem(A02!, { outcome: 4, note: '', photos: [] })).toBe(true);
    expect(isProblem(A02!, { outcome: 5, note: '', photos: [] })).toBe(false);
    expect(isProblem(A02!, { outcome: null, note: '', photos: [] })).toBe(false);
  });
});

describe('submissionGaps', () => {
  it('lists unjudged items and judged photo items without a photo, in checklist order', () => {
    const answers = complete();
    delete answers.A02;
    answers.B01 = { outcome: 'FAIL', note: '', photos: [] };
    expect(submissionGaps(sections, answers)).toEqual([
      { itemCode: 'A02', sectionCode: 'A', reason: 'unanswered' },
      { itemCode: 'B01', sectionCode: 'B', reason: 'photoMissing' },
    ]);
  });

  it('does not ask for a photo on an item marked 不适用', () => {
    const answers = complete();
    expect(submissionGaps(sections, answers)).toEqual([]);
  });
});

describe('submissionResults', () => {
  it('lists every item in order with its outcome', () => {
    expect(submissionResults(sections, complete()).map((r) => [r.itemCode, r.outcome, r.note])).toEqual([
      ['A01', 'PASS', null],
      ['A02', 3, '迎送不到位'],
      ['A03', 'PASS', null],
      ['B01', 'PASS', null],
      ['B02', 'NA', null],
    ]);
  });

  it('refuses an incomplete form', () => {
    expect(() => submissionResults(sections, {})).toThrow('A01');
  });
});

describe('unjudgedItems and withPassedItems (其余全部合格)', () => {
  const partly = (): Answers => ({
    A01: { outcome: 'FAIL', note: '工牌未戴', photos: [] },
    A02: { outcome: null, note: '留意迎送', photos: [] },
    B02: { outcome: 'NA', note: '', photos: [] },
  });
  // What the service answers for these answers (its markRestPassed is tested with the service).
  const passed = [
    { itemCode: 'A02', outcome: 5 },
    { itemCode: 'A03', outcome: 'PASS' as const },
    { itemCode: 'B01', outcome: 'PASS' as const },
  ];

  it('counts the items not judged yet, in checklist order', () => {
    expect(unjudgedItems(sections, partly()).map((item) => item.code)).toEqual(['A02', 'A03', 'B01']);
  });

  it('gives each passed item its result, keeping what it holds', () => {
    expect(withPassedItems(partly(), passed)).toEqual({
      A02: { outcome: 5, note: '留意迎送', photos: [] },
      A03: { outcome: 'PASS', note: '', photos: [] },
      B01: { outcome: 'PASS', note: '', photos: [] },
    });
    expect(unjudgedItems(sections, { ...partly(), ...withPassedItems(partly(), passed) })).toEqual([]);
  });

  it('leaves the photo an item always asks for to be taken', () => {
    const answers = { ...partly(), ...withPassedItems(partly(), passed) };
    expect(submissionGaps(sections, answers)).toEqual([
      { itemCode: 'B01', sectionCode: 'B', reason: 'photoMissing' },
    ]);
  });
});

describe('needsPhoto with a photo of problems only', () => {
  const onProblem = { ...sections[1]!.items[0]!, photoWhen: 'ON_PROBLEM' as const };

  it('asks for none when the item passes, one when it fails', () => {
    const gapsWith = (outcome: 'PASS' | 'FAIL') =>
      submissionGaps([{ ...sections[1]!, items: [onProblem] }], { B01: { outcome, note: '', photos: [] } });
    expect(gapsWith('PASS')).toEqual([]);
    expect(gapsWith('FAIL')).toEqual([{ itemCode: 'B01', sectionCode: 'B', reason: 'photoMissing' }]);
  });
});
