import { describe, expect, it } from 'vitest';
import { queryOf, viewFrom } from './analysisView.ts';

const exam = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';

describe('the analysis view in the URL', () => {
  it('reads the choices back from the query', () => {
    const view = viewFrom({ month: '2026-10', kind: 'DISTRICT_WRITTEN', exam, tab: 'below' }, '2026-11');
    expect(view).toEqual({ month: '2026-10', kind: 'DISTRICT_WRITTEN', examId: exam, tab: 'below' });
    expect(queryOf(view)).toEqual({ month: '2026-10', kind: 'DISTRICT_WRITTEN', exam, tab: 'below' });
  });

  it('falls back to the defaults on anything malformed', () => {
    expect(viewFrom({ month: '2026-13', kind: 'ORAL', exam: 'x', tab: 'secret' }, '2026-11')).toEqual({
      month: '2026-11',
      kind: 'CITY_MONTHLY',
      examId: null,
      tab: 'summary',
    });
    expect(queryOf(viewFrom({}, '2026-11'))).toEqual({
      month: '2026-11',
      kind: 'CITY_MONTHLY',
      tab: 'summary',
    });
  });
});
