-- The notes test service's one table.
CREATE TABLE "note" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "note_pkey" PRIMARY KEY ("id")
);
