-- AlterTable
ALTER TABLE "Intake" ADD COLUMN "vatStatus" TEXT;

-- RedefineTables
-- needsMe becomes no | partly | yes (was a boolean: true = yes). Edited by hand: the generated copy kept 0/1.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IntakeTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "intakeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "taskId" TEXT,
    "customLabel" TEXT,
    "categoryId" TEXT NOT NULL,
    "minutesPerMonth" INTEGER NOT NULL,
    "feeling" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "needsMe" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "bucket" TEXT NOT NULL,
    CONSTRAINT "IntakeTask_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IntakeTask" ("bucket", "categoryId", "customLabel", "feeling", "id", "intakeId", "minutesPerMonth", "needsMe", "position", "score", "skill", "taskId") SELECT "bucket", "categoryId", "customLabel", "feeling", "id", "intakeId", "minutesPerMonth", CASE WHEN "needsMe" THEN 'yes' ELSE 'no' END, "position", "score", "skill", "taskId" FROM "IntakeTask";
DROP TABLE "IntakeTask";
ALTER TABLE "new_IntakeTask" RENAME TO "IntakeTask";
CREATE INDEX "IntakeTask_intakeId_idx" ON "IntakeTask"("intakeId");
CREATE INDEX "IntakeTask_taskId_idx" ON "IntakeTask"("taskId");
CREATE TABLE "new_VaSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'default',
    "vaName" TEXT NOT NULL,
    "logoDataUrl" TEXT,
    "brandColor" TEXT NOT NULL,
    "hourlyRateCents" INTEGER NOT NULL,
    "packages" JSONB NOT NULL,
    "offers" JSONB,
    "briefingSharePercent" INTEGER NOT NULL DEFAULT 10,
    "bookingUrl" TEXT,
    "replyEmail" TEXT NOT NULL,
    "emailSignature" TEXT NOT NULL,
    "trustTexts" JSONB NOT NULL,
    "embedOrigins" JSONB,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_VaSettings" ("bookingUrl", "brandColor", "emailSignature", "embedOrigins", "hourlyRateCents", "id", "logoDataUrl", "packages", "replyEmail", "retentionMonths", "trustTexts", "updatedAt", "vaName") SELECT "bookingUrl", "brandColor", "emailSignature", "embedOrigins", "hourlyRateCents", "id", "logoDataUrl", "packages", "replyEmail", "retentionMonths", "trustTexts", "updatedAt", "vaName" FROM "VaSettings";
DROP TABLE "VaSettings";
ALTER TABLE "new_VaSettings" RENAME TO "VaSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
