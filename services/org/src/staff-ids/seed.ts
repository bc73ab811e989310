// Demo staff IDs (表5): every member of staff of 湖滨 and 南星 has a CRM ID and a billing ID; one CRM ID of each
// hall is suspended (on leave), so the screen shows every action. Idempotent: the unique (system, ID) keeps one.
import type { OrgPrisma } from '../prisma.ts';
import type { SeededOrg } from '../seed/write-org.ts';

const HALLS = ['HZ-SC-01', 'HZ-SC-02'];
const ISSUED_AT = new Date('2026-03-02T01:00:00Z');
const SUSPENDED_AT = new Date('2026-11-16T01:00:00Z');

export async function seedStaffIds(prisma: OrgPrisma, seeded: SeededOrg): Promise<void> {
  const halls = seeded.districts.flatMap((d) => d.halls).filter((h) => HALLS.includes(h.code));
  const data = halls.flatMap((hall) =>
    (seeded.hallStaff[hall.code] ?? []).flatMap((person, index) => {
      // The last clerk of the hall is on leave: their CRM ID suspended.
      const onLeave = index === seeded.hallStaff[hall.code]!.length - 1;
      const base = { personId: person.id, orgNodeId: hall.id, issuedAt: ISSUED_AT };
      return [
        {
          ...base,
          system: 'CRM',
          loginId: `crm.${person.staffNo.toLowerCase()}`,
          ...(onLeave ? { status: 'suspended' as const, suspendedAt: SUSPENDED_AT, reason: '休产假' } : {}),
        },
        { ...base, system: '计费', loginId: `bill${person.staffNo}` },
      ];
    }),
  );
  await prisma.staffSystemId.createMany({ data, skipDuplicates: true });
}
