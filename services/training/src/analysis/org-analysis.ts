// 按组织分析: one org node's children (city → districts → halls → people), each with its mean, pass rate and
// facility per knowledge point (the heat table), and the node's common weaknesses — its lowest points beside the
// city's facility on them.
import { analysisErrors, type AnalysisSubject } from '@duda/contract-training';
import { pointFacilities, weakestPoints, type PointFacility } from '../domain/statistics/index.ts';
import type { TrainingDeps } from '../deps.ts';
import { orgPlaces } from '../ports/org-directory.ts';
import type { AnalysisCtx } from './access.ts';
import { pointNames } from './names.ts';
import { loadSubject, type AnalysedAttempt, type PersonResult } from './subject.ts';

type Level = 'city' | 'district' | 'hall';
const WEAKEST = 5;

export async function orgAnalysis(
  deps: TrainingDeps,
  ctx: AnalysisCtx,
  input: { subject: AnalysisSubject; nodeId?: string | null },
) {
  const loaded = await loadSubject(deps, ctx, input.subject);
  const attempts = loaded.attempts.filter((a) => loaded.scope.covers(a));
  const results = loaded.results.filter((r) => loaded.scope.covers(r));
  const nodeId = input.nodeId ?? defaultNode(loaded.cityId, loaded.scope.nodeIds, results);
  if (input.nodeId && !loaded.scope.nodeIds.has(input.nodeId)) throw analysisErrors.nodeOutOfScope();
  const level: Level | null =
    nodeId === loaded.cityId
      ? 'city'
      : results.some((r) => r.orgPath[1] === nodeId)
        ? 'district'
        : results.some((r) => r.hallId === nodeId)
          ? 'hall'
          : null;
  const under = (placed: { orgPath: readonly string[]; hallId: string }) =>
    placed.hallId === nodeId || placed.orgPath.includes(nodeId);
  const nodeAttempts = attempts.filter(under);
  const nodeResults = results.filter(under);

  const names = await placeNames(deps, ctx, nodeResults.length ? nodeResults : results);
  const childOf = (r: { orgPath: readonly string[]; hallId: string; personId: string }) =>
    level === 'city' ? (r.orgPath[1] ?? r.hallId) : level === 'district' ? r.hallId : r.personId;
  const children = new Map<string, { attempts: AnalysedAttempt[]; results: PersonResult[] }>();
  for (const r of nodeResults) group(children, childOf(r)).results.push(r);
  for (const a of nodeAttempts) group(children, childOf(a)).attempts.push(a);

  const city = pointFacilities(loaded.attempts.map((a) => a.questions));
  const node = pointFacilities(nodeAttempts.map((a) => a.questions));
  const points = await pointNames(deps, city.keys());
  const columns = [...node.values()]
    .map((p) => ({
      id: p.knowledgePointId,
      name: points.get(p.knowledgePointId) ?? '',
      cityFacility: city.get(p.knowledgePointId)?.facility ?? null,
    }))
    .sort((a, b) => (a.cityFacility ?? 2) - (b.cityFacility ?? 2));

  return {
    node: {
      id: nodeId,
      level,
      name: names.get(nodeId) ?? '',
      ...summary(nodeResults),
      ...byPoint(node),
    },
    /** Up the tree for the breadcrumb: city, district, hall (as far as the node), those in the caller's scope. */
    trail: trailOf(nodeId, level, nodeResults[0], loaded.cityId)
      .filter((id) => loaded.scope.nodeIds.has(id))
      .map((id) => ({ id, name: names.get(id) ?? '' })),
    childLevel:
      level === 'city' ? 'district' : level === 'district' ? 'hall' : level === 'hall' ? 'person' : null,
    children: [...children]
      .map(([id, child]) => ({
        id,
        name:
          level === 'hall'
            ? (child.results[0]?.personName ?? '')
            : (names.get(id) ?? child.results[0]?.hallName ?? ''),
        staffNo: level === 'hall' ? (child.results[0]?.staffNo ?? null) : null,
        ...summary(child.results),
        ...byPoint(pointFacilities(child.attempts.map((a) => a.questions))),
      }))
      .sort((a, b) => (b.meanPercent ?? -1) - (a.meanPercent ?? -1)),
    knowledgePoints: columns,
    weaknesses: weakestPoints(node, WEAKEST).map((p) => ({
      id: p.knowledgePointId,
      name: points.get(p.knowledgePointId) ?? '',
      facility: p.facility,
      cityFacility: city.get(p.knowledgePointId)?.facility ?? null,
    })),
    cityMeanPercent: mean(loaded.results.map((r) => r.percent)),
  };
}

function group<T>(map: Map<string, { attempts: T[]; results: PersonResult[] }>, id: string) {
  let entry = map.get(id);
  if (!entry) map.set(id, (entry = { attempts: [], results: [] }));
  return entry;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function summary(results: readonly PersonResult[]) {
  return {
    people: new Set(results.map((r) => r.personId)).size,
    meanPercent: mean(results.map((r) => r.percent)),
    passRate: results.length ? results.filter((r) => r.passed).length / results.length : null,
  };
}

/** Per knowledge point: the facility (the heat table's cells) and the mean marks earned per attempt. */
function byPoint(points: ReadonlyMap<string, PointFacility>) {
  return {
    points: Object.fromEntries([...points].map(([id, p]) => [id, p.facility])),
    means: Object.fromEntries([...points].map(([id, p]) => [id, p.mean])),
  };
}

/** The widest node the caller may see: the city, else their district, else their hall. */
function defaultNode(cityId: string, scope: ReadonlySet<string>, results: readonly PersonResult[]) {
  if (scope.has(cityId)) return cityId;
  const district = results.find((r) => r.orgPath[1] && scope.has(r.orgPath[1]))?.orgPath[1];
  return district ?? results[0]?.hallId ?? [...scope][0] ?? cityId;
}

function trailOf(nodeId: string, level: Level | null, sample: PersonResult | undefined, cityId: string) {
  if (level === 'city' || !sample) return [cityId];
  if (level === 'district') return [cityId, nodeId];
  return [cityId, sample.orgPath[1] ?? '', nodeId].filter(Boolean);
}

/** Names of the halls, districts and city the results sit in (through the org service, on the caller's behalf). */
async function placeNames(deps: TrainingDeps, ctx: AnalysisCtx, results: readonly PersonResult[]) {
  const names = new Map<string, string>();
  const hallIds = [...new Set(results.map((r) => r.hallId))];
  for (let i = 0; i < hallIds.length; i += 200)
    for (const place of await orgPlaces(deps.org, ctx, hallIds.slice(i, i + 200))) {
      names.set(place.id, place.name);
      if (place.district) names.set(place.district.id, place.district.name);
      if (place.city) names.set(place.city.id, place.city.name);
    }
  for (const r of results) if (!names.has(r.hallId)) names.set(r.hallId, r.hallName);
  return names;
}
