import { describe, expect, it } from 'vitest';
import { readingState, requirementOutcome, tallyByPerson } from './required-reading.ts';

const deadline = new Date('2026-11-20T15:59:59Z');
const before = new Date('2026-11-19T02:00:00Z');
const after = new Date('2026-11-25T02:00:00Z');

describe('required reading', () => {
  it('counts an item read by its deadline as finished, even when the month is over', () => {
    expect(requirementOutcome(deadline, before, after)).toBe('FINISHED');
    expect(requirementOutcome(deadline, deadline, after)).toBe('FINISHED');
  });

  it('counts an item not read by its deadline as unread, even when read later', () => {
    expect(requirementOutcome(deadline, null, after)).toBe('UNREAD');
    expect(requirementOutcome(deadline, after, after)).toBe('UNREAD');
  });

  it('leaves an item whose deadline has not passed pending', () => {
    expect(requirementOutcome(deadline, null, before)).toBe('PENDING');
  });

  it('tallies each person and names the reading state', () => {
    const tallies = tallyByPerson(
      [
        { personId: 'a', deadline, finishedAt: before },
        { personId: 'a', deadline, finishedAt: null },
        { personId: 'b', deadline: after, finishedAt: null },
      ],
      after,
    );
    expect(tallies.get('a')).toEqual({ required: 2, finished: 1, unread: 1, pending: 0 });
    expect(tallies.get('b')).toEqual({ required: 1, finished: 0, unread: 0, pending: 1 });
    expect(readingState(null)).toBe('UNOPENED');
    expect(readingState({ openedAt: before, finishedAt: null })).toBe('OPENED');
    expect(readingState({ openedAt: before, finishedAt: after })).toBe('FINISHED');
  });
});
