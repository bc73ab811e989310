// HR delivery's rows of the authorization matrix (推送人力). The world: nothing of its own — no probe caller is the
// city supervisor who sets the address, and the matrix's gateway lists no host for it (DUDA_HR_HOSTS unset), so
// no delivery exists. HR reads the address (never the secret), the log and may ask for a re-send (of a month not
// signed off here: a 409, an answer); nobody else among the callers reads or changes any of it.
import { currentMonth } from '@duda/month';
import { defineAreaProbes, type Owners } from '@duda/service-org/testing/authz-probes';

export interface HrDeliveryWorld {
  month: string;
}

const endpointAsCity = async (_w: HrDeliveryWorld, owners: Owners) =>
  (await owners('city.sup')).query('performance.hrDelivery.endpoint', {});
const logAsCity = async (_w: HrDeliveryWorld, owners: Owners) =>
  (await owners('city.sup')).query('performance.hrDelivery.list', {});

export const hrDeliveryProbes = defineAreaProbes<HrDeliveryWorld>({
  prefix: 'performance',
  world: async () => ({ month: currentMonth(new Date()) }),
  secrets: () => [],
  probes: {
    'performance.hrDelivery.endpoint': { allowed: ['hr'], input: () => ({}) },
    'performance.hrDelivery.saveEndpoint': {
      allowed: [],
      input: () => ({ url: 'https://hr.example.cn/hook', secret: 'a-secret-of-twenty-chars' }),
      reread: endpointAsCity,
    },
    'performance.hrDelivery.list': { allowed: ['hr'], input: (w) => ({ month: w.month }) },
    'performance.hrDelivery.get': { allowed: ['hr'], input: () => ({ id: crypto.randomUUID() }) },
    'performance.hrDelivery.resend': {
      allowed: ['hr'],
      input: (w) => ({ month: w.month }),
      reread: logAsCity,
    },
  },
});
