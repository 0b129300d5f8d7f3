-- DropIndex
DROP INDEX "Intake_createdAt_id_idx";

-- DropIndex
DROP INDEX "Intake_freedMinutesPerMonth_id_idx";

-- DropIndex
DROP INDEX "Intake_name_id_idx";

-- DropIndex
DROP INDEX "Intake_netGainCentsPerMonth_id_idx";

-- DropIndex
DROP INDEX "Intake_status_createdAt_id_idx";

-- CreateTable
CREATE TABLE "IntakeSnapshot" (
    "intakeId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "result" JSONB NOT NULL,

    CONSTRAINT "IntakeSnapshot_pkey" PRIMARY KEY ("intakeId")
);

-- Keep the data (edited by hand): every intake's answers and result move to its snapshot row
-- before the columns are dropped.
INSERT INTO "IntakeSnapshot" ("intakeId", "answers", "result") SELECT "id", "answers", "result" FROM "Intake";

-- AlterTable
ALTER TABLE "Intake" DROP COLUMN "answers",
DROP COLUMN "result";

-- Rewrite the table (edited by hand): DROP COLUMN only hides the columns, and the old rows would
-- keep their JSON on disk, so every scan of Intake would still read it. CLUSTER rewrites the
-- rows without it, inside this migration's transaction (VACUUM FULL cannot run in one), before
-- the new indexes are built.
CLUSTER "Intake" USING "Intake_pkey";

-- CreateIndex
CREATE INDEX "Intake_inbox_createdAt_idx" ON "Intake"("createdAt", "id", "status", "searchText");

-- CreateIndex
CREATE INDEX "Intake_inbox_name_idx" ON "Intake"("name", "id", "status", "createdAt", "searchText");

-- CreateIndex
CREATE INDEX "Intake_inbox_freedMinutes_idx" ON "Intake"("freedMinutesPerMonth", "id", "status", "createdAt", "searchText");

-- CreateIndex
CREATE INDEX "Intake_inbox_netGain_idx" ON "Intake"("netGainCentsPerMonth", "id", "status", "createdAt", "searchText");

-- CreateIndex
CREATE INDEX "Intake_inbox_status_createdAt_idx" ON "Intake"("status", "createdAt", "id", "searchText");

-- CreateIndex
CREATE INDEX "Intake_inbox_status_name_idx" ON "Intake"("status", "name", "id", "createdAt", "searchText");

-- CreateIndex
CREATE INDEX "Intake_inbox_status_freedMinutes_idx" ON "Intake"("status", "freedMinutesPerMonth", "id", "createdAt", "searchText");

-- CreateIndex
CREATE INDEX "Intake_inbox_status_netGain_idx" ON "Intake"("status", "netGainCentsPerMonth", "id", "createdAt", "searchText");

-- AddForeignKey
ALTER TABLE "IntakeSnapshot" ADD CONSTRAINT "IntakeSnapshot_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake"("id") ON DELETE CASCADE ON UPDATE CASCADE;
