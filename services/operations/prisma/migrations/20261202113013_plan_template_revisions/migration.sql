-- CreateTable
CREATE TABLE "PlanTemplateRevision" (
    "id" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "activation" TEXT NOT NULL,
    "escalateAt" INTEGER NOT NULL,
    "steps" JSONB NOT NULL,
    "contacts" JSONB NOT NULL,
    "savedById" UUID,
    "savedByName" TEXT NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanTemplateRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanTemplateRevision_templateId_revision_key" ON "PlanTemplateRevision"("templateId", "revision");

-- AddForeignKey
ALTER TABLE "PlanTemplateRevision" ADD CONSTRAINT "PlanTemplateRevision_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The templates saved before the history was kept: their current revision, author unknown.
INSERT INTO "PlanTemplateRevision" ("id", "templateId", "revision", "title", "activation", "escalateAt", "steps", "contacts", "savedByName", "savedAt")
SELECT gen_random_uuid(), "id", "revision", "title", "activation", "escalateAt", "steps", "contacts", '', "updatedAt"
FROM "PlanTemplate";
