// The register/edit form's pure parts: the halls one may register at (the visible org tree's halls), the blank
// form (a hall manager's own hall chosen), a device read back into the form, and the fields a refusal names.
import type { DeviceType } from '@duda/contract-operations';

export interface OrgNodeLike {
  id: string;
  name: string;
  level: string;
  children: readonly OrgNodeLike[];
}

export interface DeviceFormValues {
  orgNodeId: string | null;
  type: DeviceType;
  model: string;
  assetNo: string;
  location: string;
  installedOn: string | null;
}

export const DEVICE_FORM_FIELDS = [
  'orgNodeId',
  'type',
  'model',
  'assetNo',
  'location',
  'installedOn',
] as const;

/** Every hall of the visible tree, in tree order. */
export function hallsOf(nodes: readonly OrgNodeLike[]): { id: string; name: string }[] {
  return nodes.flatMap((node) => [
    ...(node.level === 'hall' ? [{ id: node.id, name: node.name }] : []),
    ...hallsOf(node.children),
  ]);
}

/** A blank form; the hall is chosen when there is only one to choose. */
export function blankDevice(halls: readonly { id: string }[]): DeviceFormValues {
  return {
    orgNodeId: halls.length === 1 ? halls[0]!.id : null,
    type: 'SELF_SERVICE',
    model: '',
    assetNo: '',
    location: '',
    installedOn: null,
  };
}

export function deviceToForm(device: Omit<DeviceFormValues, 'installedOn'> & { installedOn: string }) {
  const { orgNodeId, type, model, assetNo, location, installedOn } = device;
  return { orgNodeId, type, model, assetNo, location, installedOn } satisfies DeviceFormValues;
}

/** A refusal's field messages kept to the form's fields (anything else is said in a message). */
export function formErrorsOf(
  byPath: Record<string, string>,
): Partial<Record<(typeof DEVICE_FORM_FIELDS)[number], string>> {
  return Object.fromEntries(
    Object.entries(byPath).filter(([path]) => (DEVICE_FORM_FIELDS as readonly string[]).includes(path)),
  );
}
