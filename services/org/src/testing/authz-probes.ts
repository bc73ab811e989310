// The org area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization), and
// the shape every area's probe table has. The shape lives here because the callers are people of this
// service's small test organisation, which every area's tests already build on.
import { randomUUID } from 'node:crypto';
import { templateWorkbook } from '@duda/spreadsheet';
import { PEOPLE_SHEET_COLUMNS } from '../admin/people-sheet.ts';
import { DEMO_PASSWORD } from '../seed/index.ts';

/**
 * Who every procedure is tried as: nobody, and five people who own none of the world's resources — a clerk
 * of 湖滨 (the hall the world is about), the manager of another hall of 上城区, the supervisor of another
 * district, the city's trainer and HR.
 */
export const PROBE_CALLERS = ['anonymous', 'hubin.clerk', 'nanxing.mgr', 'xh.sup', 'trainer', 'hr'] as const;
export type ProbeCaller = (typeof PROBE_CALLERS)[number];
export const SIGNED_IN = PROBE_CALLERS.filter(
  (caller): caller is Exclude<ProbeCaller, 'anonymous'> => caller !== 'anonymous',
);
/** The city-wide staff roles that read the whole org tree and its people (but nothing of inspections). */
export const CITY_STAFF = ['trainer', 'hr'] as const satisfies readonly ProbeCaller[];

/** One signed-in person's API over real HTTP; a refused call throws. `FormData` input goes as multipart. */
export interface ProbeSession {
  query<T = unknown>(path: string, input?: unknown): Promise<T>;
  mutation<T = unknown>(path: string, input?: unknown): Promise<T>;
}

/** The rightful owners who build the world and re-read it: one kept session per demo username. */
export type Owners = (username: string) => Promise<ProbeSession>;

/** How one procedure is tried: its input from the world, and which of the six callers may call it. */
export interface AuthzProbe<W> {
  /** Callers who must get an answer (not 401/403, never 5xx); every other one must be refused. */
  allowed: readonly ProbeCaller[];
  input?(world: W): unknown;
  /** Of the allowed, those who may also see `secrets` in the answer (all of them when left out). */
  sees?: readonly ProbeCaller[];
  /** Data of the world's resources only `sees` may receive; the area's secrets when left out. */
  secrets?(world: W): readonly string[];
  /** A change: what it would change, re-read by the owner, which a refused call must leave as it was. */
  reread?(world: W, owners: Owners): Promise<unknown>;
  /** It ends or replaces the caller's session (login, logout): tried on a session of its own. */
  ownSession?: boolean;
}

export interface AreaProbes<W, TService = unknown> {
  /** The API prefix the table covers (`org` covers `org.*`). */
  prefix: string;
  /**
   * Builds the area's resources through the API as their rightful owners. `service` is the running
   * instance, only for what no procedure creates (the city's first checklist standard comes from the seed).
   */
  world(owners: Owners, service: TService): Promise<W>;
  /** Distinctive data of the world (marked names, titles) that no refused answer may carry. */
  secrets(world: W): readonly string[];
  /** One entry per procedure, by its full path; several probes when one resource cannot show it all. */
  probes: Readonly<Record<string, AuthzProbe<W> | readonly AuthzProbe<W>[]>>;
}

export const defineAreaProbes = <W, TService = unknown>(area: AreaProbes<W, TService>) => area;

/** A part's probe, reading the part's own world out of the composed one. */
function rebase(probe: AuthzProbe<unknown>, index: number): AuthzProbe<unknown[]> {
  return {
    ...probe,
    input: probe.input && ((worlds) => probe.input!(worlds[index])),
    secrets: probe.secrets && ((worlds) => probe.secrets!(worlds[index])),
    reread: probe.reread && ((worlds, owners) => probe.reread!(worlds[index], owners)),
  };
}

/**
 * An area's table made of one table per sub-area (`probes/<sub-area>.ts`), each building a world of its own
 * type; the composition keeps the worlds side by side, one per part, built in order.
 */
export function composeAreaProbes<TService>(
  prefix: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each part's world is of its own type
  parts: readonly AreaProbes<any, TService>[],
): AreaProbes<unknown[], TService> {
  return {
    prefix,
    async world(owners, service) {
      const worlds: unknown[] = [];
      for (const part of parts) worlds.push(await part.world(owners, service));
      return worlds;
    },
    secrets: (worlds) => parts.flatMap((part, index) => part.secrets(worlds[index])),
    probes: Object.fromEntries(
      parts.flatMap((part, index) =>
        Object.entries(part.probes).map(([path, probe]) => [
          path,
          Array.isArray(probe)
            ? (probe as AuthzProbe<unknown>[]).map((one) => rebase(one, index))
            : rebase(probe as AuthzProbe<unknown>, index),
        ]),
      ),
    ),
  };
}

interface Page<T> {
  items: T[];
  total: number;
}
interface Hall {
  id: string;
  name: string;
  districtId: string;
  address: string | null;
}

export interface OrgWorld {
  hubin: Hall;
  /** A hall the administrator opened in 上城区; the org changes aim at it. */
  hall: { id: string; name: string; address: string };
  /** 西湖区: where a move would take the hall. */
  xihuId: string;
  /** A clerk the administrator hired at 湖滨, with the role assignment that came with it. */
  person: { id: string; name: string; staffNo: string; assignmentId: string };
  /** 湖滨's duty manager, whose password a reset would expire. */
  dutyId: string;
  /** A people import of one good row at 湖滨, whose 工号 only an administrator's import would create. */
  importFile: { bytes: Uint8Array; staffNo: string };
  /** A business-system ID (表5) the administrator issued to 湖滨's duty manager. */
  staffId: { id: string; loginId: string };
}

const tagged = () => randomUUID().slice(0, 8).toUpperCase();

const refused = [] as const satisfies readonly ProbeCaller[];
const asAdmin = async <T>(owners: Owners, path: string, input: unknown) =>
  (await owners('admin')).query<T>(path, input);
const personAsAdmin = (owners: Owners, id: string) => asAdmin(owners, 'org.people.get', { id });

export const orgProbes = defineAreaProbes<OrgWorld>({
  prefix: 'org',
  async world(owners) {
    const admin = await owners('admin');
    const halls = await admin.query<Page<Hall>>('org.halls', { pageSize: 50 });
    const hallNamed = (name: string) => halls.items.find((h) => h.name === name)!;
    const hubin = hallNamed('湖滨营业厅');
    const tag = tagged();
    const hall = { name: `矩阵试点厅${tag}`, address: `矩阵路 ${tag} 号` };
    const { id: hallId } = await admin.mutation<{ id: string }>('org.admin.createNode', {
      parentId: hubin.districtId,
      code: `MX-${tag}`,
      name: hall.name,
      level: 'hall',
      address: hall.address,
    });
    const person = { name: `矩阵员${tag}`, staffNo: `MX${tag}` };
    const { id: personId } = await admin.mutation<{ id: string }>('org.admin.createPerson', {
      ...person,
      orgNodeId: hubin.id,
      position: '营业员（综合业务）',
      hireDate: new Date('2026-03-02T00:00:00Z'),
      roles: [{ role: 'clerk', orgNodeId: hubin.id }],
      initialPassword: 'Matrix2026pw',
    });
    const detail = await admin.query<{ roles: { id: string }[] }>('org.people.get', { id: personId });
    const duty = await admin.query<{ id: string }[]>('org.people.search', { q: 'HZ10102' });
    const importStaffNo = `MI${tag}`;
    const importBytes = await templateWorkbook({
      sheet: '人员',
      columns: PEOPLE_SHEET_COLUMNS,
      rows: [[importStaffNo, `矩阵导入${tag}`, '', 'HZ-SC-01', '营业员', '2026-03-02', '营业员']],
    });
    const loginId = `mx.${tag}`;
    const { id: staffIdId } = await admin.mutation<{ id: string }>('org.staffIds.issue', {
      system: 'CRM',
      loginId,
      personId: duty[0]!.id,
    });
    return {
      staffId: { id: staffIdId, loginId },
      hubin,
      hall: { id: hallId, ...hall },
      xihuId: hallNamed('文三路营业厅').districtId,
      person: { id: personId, ...person, assignmentId: detail.roles[0]!.id },
      dutyId: duty[0]!.id,
      importFile: { bytes: new Uint8Array(importBytes), staffNo: importStaffNo },
    };
  },
  secrets: (w) => [w.hall.name, w.hall.address, w.person.name, w.person.staffNo, w.staffId.loginId],
  probes: {
    'org.me': { allowed: SIGNED_IN, sees: [] },
    // The same password again: refused as unchanged (400), so nobody's password moves.
    'org.account.changePassword': {
      allowed: SIGNED_IN,
      input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }),
    },
    'org.tree': { allowed: SIGNED_IN, sees: CITY_STAFF, secrets: (w) => [w.hall.name] },
    'org.node': [
      {
        allowed: ['hubin.clerk', ...CITY_STAFF],
        input: (w) => ({ id: w.hubin.id }),
        secrets: (w) => [w.hubin.address!],
      },
      { allowed: CITY_STAFF, input: (w) => ({ id: w.hall.id }) },
    ],
    'org.nodes': [
      {
        allowed: SIGNED_IN,
        input: (w) => ({ ids: [w.hall.id, w.hubin.id] }),
        sees: CITY_STAFF,
        secrets: (w) => [w.hall.name],
      },
      {
        allowed: SIGNED_IN,
        input: (w) => ({ ids: [w.hubin.id] }),
        sees: ['hubin.clerk', ...CITY_STAFF],
        secrets: (w) => [w.hubin.address!],
      },
    ],
    'org.halls': {
      allowed: SIGNED_IN,
      input: () => ({ pageSize: 200 }),
      sees: CITY_STAFF,
      secrets: (w) => [w.hall.name],
    },
    'org.people.list': [
      {
        allowed: SIGNED_IN,
        input: () => ({ pageSize: 200 }),
        sees: CITY_STAFF,
        secrets: (w) => [w.person.name],
      },
      {
        allowed: SIGNED_IN,
        input: (w) => ({ pageSize: 200, orgNodeId: w.hubin.id }),
        sees: CITY_STAFF,
        secrets: (w) => [w.person.name],
      },
    ],
    'org.people.get': { allowed: CITY_STAFF, input: (w) => ({ id: w.person.id }) },
    'org.people.search': {
      allowed: SIGNED_IN,
      input: (w) => ({ q: w.person.name }),
      sees: CITY_STAFF,
      secrets: (w) => [w.person.staffNo],
    },
    'org.people.byIds': {
      allowed: SIGNED_IN,
      input: (w) => ({ ids: [w.person.id] }),
      sees: CITY_STAFF,
      secrets: (w) => [w.person.name],
    },
    // Only those reading the whole hall's people (the city's staff here) list its role holders.
    'org.people.holders': {
      allowed: CITY_STAFF,
      input: (w) => ({ roles: ['clerk'], underNodeId: w.hubin.id }),
      secrets: (w) => [w.person.name],
    },
    // Everyone may ask for their to-dos; only an administrator's units have any (none of the probe callers').
    'org.pending.mine': { allowed: SIGNED_IN, input: () => ({ limit: 50 }), sees: [] },
    // Only the administrator maintains staff and the org tree, and the staff IDs (表5).
    'org.staffIds.list': { allowed: refused, input: () => ({ page: 1, pageSize: 50 }) },
    'org.staffIds.issue': {
      allowed: refused,
      input: (w) => ({ system: 'CRM', loginId: `${w.staffId.loginId}.2`, personId: w.dutyId }),
      reread: (w, owners) =>
        asAdmin(owners, 'org.staffIds.list', { page: 1, pageSize: 50, q: w.staffId.loginId }),
    },
    'org.staffIds.suspend': {
      allowed: refused,
      input: (w) => ({ id: w.staffId.id, reason: '矩阵' }),
      reread: (w, owners) =>
        asAdmin(owners, 'org.staffIds.list', { page: 1, pageSize: 50, q: w.staffId.loginId }),
    },
    'org.staffIds.restore': {
      allowed: refused,
      input: (w) => ({ id: w.staffId.id }),
      reread: (w, owners) =>
        asAdmin(owners, 'org.staffIds.list', { page: 1, pageSize: 50, q: w.staffId.loginId }),
    },
    'org.staffIds.revoke': {
      allowed: refused,
      input: (w) => ({ id: w.staffId.id, reason: '矩阵' }),
      reread: (w, owners) =>
        asAdmin(owners, 'org.staffIds.list', { page: 1, pageSize: 50, q: w.staffId.loginId }),
    },
    'org.admin.createPerson': {
      allowed: refused,
      input: (w) => ({
        staffNo: `MX${tagged()}`,
        name: '冒名新员工',
        orgNodeId: w.hubin.id,
        position: '营业员',
        hireDate: new Date('2026-03-02T00:00:00Z'),
        roles: [{ role: 'hall_manager', orgNodeId: w.hubin.id }],
        initialPassword: 'Matrix2026pw',
      }),
      reread: (w, owners) => asAdmin(owners, 'org.people.list', { pageSize: 1, orgNodeId: w.hubin.id }),
    },
    'org.admin.updatePerson': {
      allowed: refused,
      input: (w) => ({ id: w.person.id, name: '被改名', orgNodeId: w.hall.id }),
      reread: (w, owners) => personAsAdmin(owners, w.person.id),
    },
    'org.admin.setPersonStatus': {
      allowed: refused,
      input: (w) => ({ id: w.person.id, status: 'left' }),
      reread: (w, owners) => personAsAdmin(owners, w.person.id),
    },
    'org.admin.assignRole': {
      allowed: refused,
      input: (w) => ({ personId: w.person.id, role: 'hall_manager', orgNodeId: w.hubin.id }),
      reread: (w, owners) => personAsAdmin(owners, w.person.id),
    },
    'org.admin.revokeRole': {
      allowed: refused,
      input: (w) => ({ assignmentId: w.person.assignmentId }),
      reread: (w, owners) => personAsAdmin(owners, w.person.id),
    },
    'org.admin.resetPassword': {
      allowed: refused,
      input: (w) => ({ personId: w.dutyId }),
      reread: (w, owners) => personAsAdmin(owners, w.dutyId),
    },
    'org.admin.peopleTemplate': { allowed: refused },
    'org.admin.importPeople': {
      allowed: refused,
      input: (w) => {
        const form = new FormData();
        form.set('file', new File([w.importFile.bytes], 'people.xlsx'));
        form.set('mode', 'KEEP_VALID');
        form.set('initialPassword', 'Matrix2026pw');
        return form;
      },
      reread: (w, owners) => asAdmin(owners, 'org.people.search', { q: w.importFile.staffNo }),
    },
    // Only an administrator sees or ends someone's sessions; the duty manager's own stays signed in.
    'org.admin.sessions': { allowed: refused, input: (w) => ({ personId: w.dutyId }) },
    'org.admin.revokeSessions': {
      allowed: refused,
      input: (w) => ({ personId: w.dutyId }),
      reread: async (w, owners) => {
        await owners('hubin.duty');
        return asAdmin(owners, 'org.admin.sessions', { personId: w.dutyId });
      },
    },
    'org.admin.createNode': {
      allowed: refused,
      input: (w) => ({
        parentId: w.hubin.districtId,
        code: `MX-${tagged()}`,
        name: '冒名新营业厅',
        level: 'hall',
      }),
      reread: (_w, owners) => asAdmin(owners, 'org.halls', { pageSize: 1, includeInactive: true }),
    },
    'org.admin.updateNode': {
      allowed: refused,
      input: (w) => ({ id: w.hall.id, name: '被改名营业厅', address: '别处' }),
      reread: (w, owners) => asAdmin(owners, 'org.node', { id: w.hall.id }),
    },
    'org.admin.moveNode': {
      allowed: refused,
      input: (w) => ({ id: w.hall.id, newParentId: w.xihuId }),
      reread: (w, owners) => asAdmin(owners, 'org.node', { id: w.hall.id }),
    },
    'org.admin.setNodeActive': {
      allowed: refused,
      input: (w) => ({ id: w.hall.id, active: false }),
      reread: (w, owners) => asAdmin(owners, 'org.node', { id: w.hall.id }),
    },
    // The audit log is a list scoped to the administrator's reach: anyone else reads an empty page.
    'org.admin.audit': { allowed: SIGNED_IN, input: () => ({ pageSize: 200 }), sees: refused },
    // Its export likewise: an empty file for anyone but the administrator.
    'org.admin.auditExport': { allowed: SIGNED_IN, input: () => ({}), sees: refused },
  },
});
