import { describe, expect, it } from 'vitest';
import { comparableChars, implausibleTyping, scoreTyping } from './typing.ts';

const passage = '客户进厅时，引导员应主动起身问候。'; // 17 characters
const minute = 60_000;

describe('scoreTyping', () => {
  it('scores a passage typed exactly: every character correct, speed per minute', () => {
    expect(scoreTyping(passage, passage, 6_000)).toEqual({
      cpm: 170,
      accuracy: 1,
      errors: 0,
      typedChars: 17,
      passageChars: 17,
    });
  });

  it('counts the committed text of an IME, not the pinyin keys that produced it', () => {
    // "kehu" + space composed 客户; only the committed characters reach the score.
    expect(scoreTyping('客户', '客户', minute)).toMatchObject({ cpm: 2, accuracy: 1, errors: 0 });
  });

  it('a wrong homophone from the IME is one error, and the rest still aligns', () => {
    const typed = '客户进厅时，引导员应主动起身问侯。'; // 候 → 侯
    expect(scoreTyping(passage, typed, minute)).toMatchObject({ accuracy: 0.9412, errors: 1 });
  });

  it('a character left out or added shifts nothing after it', () => {
    expect(scoreTyping(passage, '客户进厅时，引导员主动起身问候。', minute)).toMatchObject({
      accuracy: 0.9412,
      errors: 1,
    });
    expect(scoreTyping(passage, '客户进厅时，，引导员应主动起身问候。', minute)).toMatchObject({
      accuracy: 1,
      errors: 1,
    });
  });

  it('corrections made while typing cost time only: the submitted text is what counts', () => {
    // Typed 问侯, deleted it and typed 问候: the final text is the passage, done in 10 s instead of 6 s.
    expect(scoreTyping(passage, passage, 10_000)).toMatchObject({ cpm: 102, accuracy: 1, errors: 0 });
  });

  it('an unfinished passage is less accurate: missing characters are errors', () => {
    expect(scoreTyping(passage, '客户进厅时，', minute)).toMatchObject({
      accuracy: 0.3529,
      errors: 11,
      cpm: 6,
    });
  });

  it('reads full-width Latin as ASCII and any white space as one space', () => {
    const latin = 'Order HZ-2026, fee 128.00';
    expect(scoreTyping(latin, 'Ｏｒｄｅｒ  HZ－2026，\nfee 128.00 ', minute)).toMatchObject({
      accuracy: 1,
      errors: 0,
    });
  });

  it('counts characters by code point, so a character outside the BMP is one', () => {
    expect(comparableChars('𠀋字')).toEqual(['𠀋', '字']);
  });

  it('scores nothing typed as zero', () => {
    expect(scoreTyping(passage, '', minute)).toMatchObject({ cpm: 0, accuracy: 0, errors: 17 });
  });
});

describe('implausibleTyping', () => {
  it('refuses Chinese faster than 400 characters a minute, with the figures', () => {
    const pasted = scoreTyping(passage.repeat(10), passage.repeat(10), 20_000); // 510 cpm
    expect(implausibleTyping(pasted, 'zh', 20_000)).toEqual({ reason: 'tooFast', cpm: 510, limit: 400 });
    expect(implausibleTyping(pasted, 'latin', 20_000)).toBeNull();
  });

  it('accepts a fast but human speed', () => {
    const fast = scoreTyping(passage.repeat(10), passage.repeat(10), 60_000); // 170 cpm
    expect(implausibleTyping(fast, 'zh', 60_000)).toBeNull();
  });

  it('refuses a clock that did not run, and text far longer than the passage', () => {
    expect(implausibleTyping(scoreTyping(passage, '客', 1000), 'zh', 1000)).toEqual({ reason: 'tooShort' });
    const long = scoreTyping(passage, '字'.repeat(100), 5 * minute);
    expect(implausibleTyping(long, 'zh', 5 * minute)).toEqual({ reason: 'typedTooLong' });
  });
});
