import { describe, expect, it } from 'vitest';
import { blankDevice, deviceToForm, formErrorsOf, hallsOf, type OrgNodeLike } from './deviceForm.ts';

const node = (id: string, level: string, children: OrgNodeLike[] = []): OrgNodeLike => ({
  id,
  name: `名${id}`,
  level,
  children,
});

describe('the device form', () => {
  it("offers the visible tree's halls in tree order, and chooses a hall manager's only hall", () => {
    const tree = [
      node('c', 'city', [
        node('d1', 'district', [node('h1', 'hall'), node('h2', 'hall')]),
        node('d2', 'district', [node('h3', 'hall')]),
      ]),
    ];
    expect(hallsOf(tree).map((hall) => hall.id)).toEqual(['h1', 'h2', 'h3']);
    expect(blankDevice(hallsOf(tree)).orgNodeId).toBeNull();
    expect(blankDevice(hallsOf([node('h1', 'hall')])).orgNodeId).toBe('h1');
  });

  it('reads a device back into the form, and keeps only the form fields of a refusal', () => {
    const device = {
      id: 'x',
      orgNodeId: 'h1',
      type: 'POS' as const,
      model: 'A8',
      assetNo: 'HB-1',
      location: '1号柜台',
      installedOn: '2026-01-05',
      status: 'IN_USE',
    };
    expect(deviceToForm(device)).toEqual({
      orgNodeId: 'h1',
      type: 'POS',
      model: 'A8',
      assetNo: 'HB-1',
      location: '1号柜台',
      installedOn: '2026-01-05',
    });
    expect(formErrorsOf({ assetNo: '资产编号 HB-1 已在台账中', id: '编号无效' })).toEqual({
      assetNo: '资产编号 HB-1 已在台账中',
    });
  });
});
