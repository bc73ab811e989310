import { bankInputs } from '@duda/contract-training';
import { readListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { bankFilterInput, bankFilters } from './bankFilters.ts';

describe('the bank list filters', () => {
  it('read from the URL and sent as the service takes them (the difficulty as a number)', () => {
    const state = readListState(
      bankFilters,
      { type: 'FILL_IN', difficulty: '4', retired: '1', search: ' 携号转网 ' },
      {
        sortKeys: [],
        defaultPageSize: 20,
      },
    );
    const input = bankFilterInput({ ...state.filters });
    expect(input).toMatchObject({ type: 'FILL_IN', difficulty: 4, retired: true, search: '携号转网' });
    expect(bankInputs.questions.list.safeParse({ page: 1, pageSize: 20, ...input }).success).toBe(true);
  });

  it('ignore a difficulty or type the bank does not have', () => {
    const state = readListState(
      bankFilters,
      { type: 'ESSAY', difficulty: '9' },
      { sortKeys: [], defaultPageSize: 20 },
    );
    expect(bankFilterInput({ ...state.filters })).toMatchObject({ type: null, difficulty: null });
  });
});
