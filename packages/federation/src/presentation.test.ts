import { describe, expect, it } from 'vitest';
import exam from './host/test-remotes/exam.ts';
import {
  DEFAULT_REMOTE_ORDER,
  defaultPresentation,
  descriptorJson,
  presentationOf,
  readRemotePresentation,
} from './presentation.ts';

describe('presentationOf', () => {
  it('takes only the presentation of a whole remote definition, never its routes or menu', () => {
    expect(presentationOf(exam)).toEqual({
      name: 'exam',
      title: { 'zh-CN': '培训考试', en: 'Training and exams' },
      icon: 'Reading',
      order: 20,
      permission: 'exam.take',
    });
    expect(JSON.parse(descriptorJson(exam))).toEqual(presentationOf(exam));
  });
});

describe('readRemotePresentation', () => {
  it('reads back what a build wrote', () => {
    expect(readRemotePresentation('exam', JSON.parse(descriptorJson(exam)))).toEqual({
      presentation: presentationOf(exam),
      problems: [],
    });
  });

  it('names a remote without a descriptor after itself, in both languages, after the others', () => {
    expect(readRemotePresentation('audit', undefined)).toEqual({
      presentation: { name: 'audit', title: { 'zh-CN': 'audit', en: 'audit' }, order: DEFAULT_REMOTE_ORDER },
      problems: ['audit: the descriptor is not an object'],
    });
    expect(defaultPresentation('audit').order).toBeGreaterThan(exam.order);
  });

  it('keeps the good fields of a careless descriptor, defaults the rest and says what was wrong', () => {
    const { presentation, problems } = readRemotePresentation('exam', {
      name: 'exams',
      title: { 'zh-CN': '培训考试', en: '' },
      order: '20',
      icon: 'Reading',
      permission: 42,
    });
    expect(presentation).toEqual({ ...defaultPresentation('exam'), icon: 'Reading' });
    expect(problems).toEqual([
      'exam: the descriptor names "exams"',
      'exam: title must have zh-CN and en text',
      'exam: order must be a number',
      'exam: permission must be an action',
    ]);
  });
});
