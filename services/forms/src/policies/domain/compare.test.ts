import { describe, expect, it } from 'vitest';
import { sideBySide } from './compare.ts';

describe('two versions side by side', () => {
  it.each([
    [
      'nothing changed',
      'a\nb',
      'a\nb',
      [
        ['same', 'a', 'a'],
        ['same', 'b', 'b'],
      ],
    ],
    [
      'a line reworded',
      '首问负责\n微笑服务',
      '首问负责\n微笑服务，站立迎客',
      [
        ['same', '首问负责', '首问负责'],
        ['changed', '微笑服务', '微笑服务，站立迎客'],
      ],
    ],
    [
      'a line added at the end',
      'a',
      'a\nb',
      [
        ['same', 'a', 'a'],
        ['added', null, 'b'],
      ],
    ],
    [
      'a line removed in the middle',
      'a\nb\nc',
      'a\nc',
      [
        ['same', 'a', 'a'],
        ['removed', 'b', null],
        ['same', 'c', 'c'],
      ],
    ],
    [
      'one line replaced by two',
      'a\nb',
      'a\nx\ny',
      [
        ['same', 'a', 'a'],
        ['changed', 'b', 'x'],
        ['added', null, 'y'],
      ],
    ],
  ])('%s', (_, from, to, expected) => {
    expect(sideBySide(from, to).map((r) => [r.kind, r.left, r.right])).toEqual(expected);
  });
});
