import type { Actor, OrgLevel, Role } from '@duda/authz';
import { describe, expect, it } from 'vitest';
import { maySeePhoto, type PhotoCitations } from './photo-access.ts';

// 上城区 (D) with halls H1 (湖滨) and H2 (南星); 西湖区 (X) with hall H3.
const subtrees: Record<string, [OrgLevel, string[]]> = {
  C: ['city', ['C', 'D', 'H1', 'H2', 'X', 'H3']],
  D: ['district', ['D', 'H1', 'H2']],
  X: ['district', ['X', 'H3']],
  H1: ['hall', ['H1']],
  H2: ['hall', ['H2']],
};

function actor(role: Role, at: string, personId = `${role}@${at}`): Actor {
  const [orgLevel, subtree] = subtrees[at]!;
  return {
    personId,
    name: personId,
    staffNo: '0001',
    homeOrgNodeId: at,
    roles: [{ role, orgNodeId: at, orgNodeName: at, orgLevel, subtree }],
  };
}

const visit = (kind: string, mysteryPublishedAt: Date | null = null) => ({
  hallId: 'H1',
  kind,
  inspectorId: 'inspector',
  assigneeIds: [],
  mysteryPublishedAt,
});
const none: PhotoCitations = { uploadedById: 'someone', inspections: [], orders: [] };
const inInspection = (row: ReturnType<typeof visit>): PhotoCitations => ({ ...none, inspections: [row] });
const inOrder = (row: ReturnType<typeof visit>): PhotoCitations => ({
  ...none,
  orders: [{ hallId: 'H1', verifierId: 'verifier', inspection: row }],
});

describe('who may see a photo (现场照片)', () => {
  it('lets the uploader see a photo nothing cites yet, and nobody else', () => {
    expect(maySeePhoto(actor('hall_manager', 'H1', 'someone'), none)).toBe(true);
    expect(maySeePhoto(actor('city_supervisor', 'C'), none)).toBe(false);
  });

  it('follows the visibility of the inspection citing it', () => {
    const photo = inInspection(visit('MONTHLY_VISIT'));
    expect(maySeePhoto(actor('district_supervisor', 'D'), photo)).toBe(true);
    expect(maySeePhoto(actor('hall_manager', 'H1'), photo)).toBe(true);
    expect(maySeePhoto(actor('district_supervisor', 'X'), photo)).toBe(false);
    expect(maySeePhoto(actor('hall_manager', 'H2'), photo)).toBe(false);
  });

  it('hides a mystery-shopper photo from the hall until publication, in inspections and orders alike', () => {
    for (const cite of [inInspection, inOrder]) {
      expect(maySeePhoto(actor('hall_manager', 'H1'), cite(visit('MYSTERY')))).toBe(false);
      expect(maySeePhoto(actor('city_supervisor', 'C'), cite(visit('MYSTERY')))).toBe(true);
      expect(maySeePhoto(actor('hall_manager', 'H1'), cite(visit('MYSTERY', new Date())))).toBe(true);
    }
  });

  it("lets an order's hall and verifier see its photos, and not another hall", () => {
    const photo = inOrder(visit('MONTHLY_VISIT'));
    expect(maySeePhoto(actor('hall_manager', 'H1'), photo)).toBe(true);
    expect(maySeePhoto(actor('hall_manager', 'H2'), photo)).toBe(false);
    expect(maySeePhoto(actor('district_supervisor', 'X', 'verifier'), photo)).toBe(true);
  });
});
