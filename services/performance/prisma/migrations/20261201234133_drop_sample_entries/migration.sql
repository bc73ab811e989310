-- DropTable
DROP TABLE "Entry";

-- DropEnum
DROP TYPE "EntryStatus";
