// 推送人力's rules, free of I/O: the signature HR checks, which addresses a delivery may go to, what an attempt's
// answer means for the delivery, and the results as HR receives them.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { HrDeliveryStatus, HrResult } from '@duda/contract-performance';

/** `sha256=<hex>`: HMAC-SHA256 over the exact bytes sent, keyed with the city's secret. */
export const signatureOf = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;

/** What HR runs on receipt (also in the README): recompute and compare in constant time. */
export function signatureMatches(secret: string, body: string, header: string | null | undefined) {
  const expected = Buffer.from(signatureOf(secret, body));
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Why an address is refused, or null. Only http(s), and only to a host operations listed (`DUDA_HR_HOSTS`): the
 * portal itself makes these requests from inside the network, so an address a supervisor may type must not reach
 * the database, the metadata service or another internal system (SSRF). A listed entry with a port allows that
 * port only; without one, any port of that host.
 */
export function addressProblem(
  address: string,
  allowedHosts: readonly string[],
): { code: 'urlScheme' } | { code: 'hostNotAllowed'; host: string } | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { code: 'urlScheme' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { code: 'urlScheme' };
  if (url.username || url.password) return { code: 'urlScheme' };
  const host = url.hostname.toLowerCase();
  const allowed = allowedHosts.some((entry) => {
    const [name, port] = entry.toLowerCase().split(/:(?=\d+$)/);
    return name === host && (port === undefined || port === (url.port || defaultPort(url.protocol)));
  });
  return allowed ? null : { code: 'hostNotAllowed', host: url.host };
}

const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : '80');

/** `DUDA_HR_HOSTS`: host names (with an optional port) separated by commas or spaces. */
export const hostListOf = (value: string | undefined) =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);

/** HR acknowledges with any 2xx; a redirect is not followed (it could lead anywhere) and counts as a refusal. */
export const acknowledged = (statusCode: number | null) =>
  statusCode !== null && statusCode >= 200 && statusCode < 300;

/** After attempt `attempt` of `1 + retries`: acknowledged, still retried, or given up (the page offers 重发). */
export function statusAfter(attempt: number, retries: number, statusCode: number | null): HrDeliveryStatus {
  if (acknowledged(statusCode)) return 'ACKNOWLEDGED';
  return attempt > retries ? 'GAVE_UP' : 'PENDING';
}

interface SignedOffCard {
  staffNo: string;
  personName: string;
  districtName: string | null;
  hallName: string;
  role: string;
  computed: number;
  adjustmentTotal: number;
  final: number;
  grade: string;
  calibratedGrade: string | null;
  lines: readonly { kpiName: string; unit: string; weight: number; value: number | null; points: number }[];
  adjustments: readonly { points: number; reason: string }[];
}

const rounded = (points: number) => Math.round(points * 100) / 100;

/** A signed-off scorecard as HR reads it: the calibrated grade when there is one, each lost point with its reason. */
export const hrResultOf = (card: SignedOffCard): HrResult => ({
  staffNo: card.staffNo,
  personName: card.personName,
  districtName: card.districtName,
  hallName: card.hallName,
  role: card.role,
  computed: card.computed,
  adjustmentTotal: card.adjustmentTotal,
  score: card.final,
  grade: card.calibratedGrade ?? card.grade,
  deductions: [
    ...card.lines
      .filter((line) => line.points < line.weight)
      .map((line) => ({
        kind: 'KPI' as const,
        item: line.kpiName,
        points: -rounded(line.weight - line.points),
        reason: line.value === null ? '无数据' : `${line.value}${line.unit}`,
      })),
    ...card.adjustments.map((adj) => ({
      kind: 'ADJUSTMENT' as const,
      item: '加减分',
      points: adj.points,
      reason: adj.reason,
    })),
  ],
});
