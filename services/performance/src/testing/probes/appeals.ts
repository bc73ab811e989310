// The appeals' rows of the authorization matrix. The world (after the scorecards', whose month it runs again): 南星's
// manager self-assesses, 上城's supervisor (no probe caller) assesses her, and she appeals her first line with a
// marked reason. She alone files on her own scorecard (again: refused as already open, not forbidden) and reads the
// appeal; nobody among the callers is her superior, so none records the interview or decides.
import { currentMonth } from '@duda/month';
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';
import { runMonthToEnd } from './scorecards.ts';

export interface AppealsWorld {
  cardId: string;
  kpiId: string;
  appealId: string;
  reason: string;
}

const asSuperior = async (w: AppealsWorld, owners: Owners) =>
  (await owners('sc.sup')).query('performance.appeals.get', { id: w.appealId });

export const appealsProbes = defineAreaProbes<AppealsWorld>({
  prefix: 'performance',
  async world(owners, service) {
    const month = currentMonth(new Date());
    await runMonthToEnd(owners, month, service);
    const manager = await owners('nanxing.mgr');
    const [card] = (
      await manager.query<{ items: { id: string }[] }>('performance.scorecards.list', { month })
    ).items;
    const detail = await manager.query<{ lines: { kpiId: string }[] }>('performance.scorecards.get', {
      id: card!.id,
    });
    await manager.mutation('performance.scorecards.selfAssess', { id: card!.id, comment: '矩阵自评' });
    await (
      await owners('sc.sup')
    ).mutation('performance.scorecards.assess', {
      id: card!.id,
      values: [],
      comment: '',
    });
    const reason = `矩阵申诉${crypto.randomUUID().slice(0, 8)}`;
    const kpiId = detail.lines[0]!.kpiId;
    const appeal = await manager.mutation<{ id: string }>('performance.appeals.file', {
      scorecardId: card!.id,
      kpiId,
      reason,
      evidence: [{ title: `${reason}证据` }],
    });
    return { cardId: card!.id, kpiId, appealId: appeal.id, reason };
  },
  secrets: (w) => [w.reason],
  probes: {
    'performance.appeals.file': {
      allowed: ['nanxing.mgr'],
      input: (w) => ({ scorecardId: w.cardId, kpiId: w.kpiId, reason: '冒名申诉', evidence: [] }),
      reread: asSuperior,
    },
    'performance.appeals.list': { allowed: SIGNED_IN, sees: ['nanxing.mgr'], input: () => ({}) },
    'performance.appeals.get': { allowed: ['nanxing.mgr'], input: (w) => ({ id: w.appealId }) },
    'performance.appeals.ofScorecard': {
      allowed: SIGNED_IN,
      sees: ['nanxing.mgr'],
      input: (w) => ({ scorecardId: w.cardId }),
    },
    'performance.appeals.interview': {
      allowed: [],
      input: (w) => ({
        id: w.appealId,
        interview: { date: '2026-12-01', topic: '冒名面谈', content: '冒名面谈内容' },
      }),
      reread: asSuperior,
    },
    'performance.appeals.decide': {
      allowed: [],
      input: (w) => ({ id: w.appealId, accept: true, points: 5, reason: '冒名受理' }),
      reread: asSuperior,
    },
  },
});
