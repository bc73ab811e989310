-- AlterEnum
ALTER TYPE "DutyEvidenceKind" ADD VALUE 'MONTHLY_REPORT';
