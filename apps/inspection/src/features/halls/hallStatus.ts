/** How a hall's status shows: the tag's tone and its word's message key. */
export function hallStatus(active: boolean): { status: 'pass' | 'closed'; labelKey: string } {
  return active
    ? { status: 'pass', labelKey: 'inspection.halls.status.active' }
    : { status: 'closed', labelKey: 'inspection.halls.status.inactive' };
}
