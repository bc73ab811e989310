// Coaching's rows of the authorization matrix. The world (after the scorecards', whose month it uses): the city
// supervisor (no probe caller) sets the low threshold at 100, so any shown result needs coaching; 湖滨's manager
// (no probe caller) self-assesses, 上城's supervisor (no probe caller) assesses him and makes him a plan with a
// marked goal and action. Everyone in the city reads the thresholds; the callers who coach (a manager of another
// hall, another district's supervisor) open their coaching pages without 湖滨's manager on them; nobody among the
// callers reads, follows up or closes his plan, recognises him, or changes the thresholds.
import { chinaDateOf, currentMonth } from '@duda/month';
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';

export interface CoachingWorld {
  month: string;
  cardId: string;
  planId: string;
  actionId: string;
  goal: string;
  action: string;
}

const asDistrict = async (w: CoachingWorld, owners: Owners) =>
  (await owners('sc.sup')).query('performance.coaching.getPlan', { id: w.planId });

export const coachingProbes = defineAreaProbes<CoachingWorld>({
  prefix: 'performance',
  async world(owners) {
    const month = currentMonth(new Date());
    await (
      await owners('city.sup')
    ).mutation('performance.coaching.saveSettings', { lowScore: 100, improveBy: 5 });
    const manager = await owners('hubin.mgr');
    const me = await manager.query<{ person: { id: string; staffNo: string } }>('org.me');
    const { items } = await manager.query<{ items: { id: string; staffNo: string }[] }>(
      'performance.scorecards.list',
      { month, pageSize: 50 },
    );
    const cardId = items.find((card) => card.staffNo === me.person.staffNo)!.id;
    await manager.mutation('performance.scorecards.selfAssess', { id: cardId, comment: '矩阵自评' });
    const district = await owners('sc.sup');
    await district.mutation('performance.scorecards.assess', { id: cardId, values: [], comment: '' });
    const tag = crypto.randomUUID().slice(0, 8);
    const goal = `矩阵改进目标${tag}`;
    const action = `矩阵改进措施${tag}`;
    const plan = await district.mutation<{ id: string; actions: { id: string }[] }>(
      'performance.coaching.createPlan',
      {
        scorecardId: cardId,
        goal,
        actions: [{ description: action, ownerId: me.person.id, followUpOn: chinaDateOf(new Date()) }],
      },
    );
    return { month, cardId, planId: plan.id, actionId: plan.actions[0]!.id, goal, action };
  },
  secrets: (w) => [w.goal, w.action],
  probes: {
    'performance.coaching.settings': { allowed: SIGNED_IN, input: () => ({}) },
    'performance.coaching.saveSettings': {
      allowed: [],
      input: () => ({ lowScore: 10, improveBy: 50 }),
      reread: async (_w, owners) => (await owners('city.sup')).query('performance.coaching.settings', {}),
    },
    // Counts only, of the halls the caller coaches (nanxing.mgr's hall, 西湖's halls): never 湖滨's manager.
    'performance.coaching.previewSettings': {
      allowed: ['nanxing.mgr', 'xh.sup'],
      sees: [],
      input: () => ({ lowScore: 100, improveBy: 5 }),
    },
    'performance.coaching.board': {
      allowed: ['nanxing.mgr', 'xh.sup'],
      sees: [],
      input: (w) => ({ month: w.month }),
    },
    'performance.coaching.createPlan': {
      allowed: [],
      input: (w) => ({
        scorecardId: w.cardId,
        goal: '冒名改进',
        actions: [{ description: '冒名措施', ownerId: w.planId, followUpOn: '2999-01-01' }],
      }),
      reread: async (_w, owners) =>
        (await owners('sc.sup')).query('performance.coaching.listPlans', { scope: 'units' }),
    },
    'performance.coaching.listPlans': { allowed: SIGNED_IN, sees: [], input: () => ({ scope: 'units' }) },
    'performance.coaching.getPlan': { allowed: [], input: (w) => ({ id: w.planId }) },
    'performance.coaching.followUp': {
      allowed: [],
      input: (w) => ({ planId: w.planId, actionId: w.actionId, note: '冒名跟进' }),
      reread: asDistrict,
    },
    'performance.coaching.closePlan': {
      allowed: [],
      input: (w) => ({ id: w.planId, outcome: 'MOVED_ON', note: '冒名结案' }),
      reread: asDistrict,
    },
    'performance.coaching.recognise': {
      allowed: [],
      input: (w) => ({ scorecardId: w.cardId, note: '冒名表扬' }),
      reread: async (w, owners) =>
        (await owners('sc.sup')).query('performance.coaching.board', { month: w.month }),
    },
  },
});
