-- CreateTable
CREATE TABLE "IntakeSnapshot" (
    "intakeId" TEXT NOT NULL PRIMARY KEY,
    "answers" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    CONSTRAINT "IntakeSnapshot_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Keep the data (edited by hand): every intake's answers and result move to its snapshot row
-- before the table is redefined without them.
INSERT INTO "IntakeSnapshot" ("intakeId", "answers", "result") SELECT "id", "answers", "result" FROM "Intake";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Intake" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "readAt" DATETIME,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "company" TEXT,
    "phone" TEXT,
    "searchText" TEXT NOT NULL,
    "businessKind" TEXT NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "rateKind" TEXT NOT NULL,
    "hourlyRateCents" INTEGER NOT NULL,
    "delegationExperience" TEXT NOT NULL,
    "mainPain" TEXT NOT NULL,
    "painNote" TEXT,
    "engineVersion" TEXT NOT NULL,
    "catalogueVersion" TEXT NOT NULL,
    "privacyConsentAt" DATETIME NOT NULL,
    "privacyConsentVersion" TEXT NOT NULL,
    "followUpConsent" BOOLEAN NOT NULL,
    "followUpConsentAt" DATETIME,
    "freedMinutesPerMonth" INTEGER NOT NULL,
    "netGainCentsPerMonth" INTEGER NOT NULL,
    "topBucket" TEXT,
    "idempotencyKeyHash" TEXT NOT NULL,
    "requestFingerprint" TEXT NOT NULL
);
INSERT INTO "new_Intake" ("businessKind", "catalogueVersion", "company", "createdAt", "delegationExperience", "email", "engineVersion", "followUpConsent", "followUpConsentAt", "freedMinutesPerMonth", "hourlyRateCents", "hoursPerWeek", "id", "idempotencyKeyHash", "locale", "mainPain", "name", "netGainCentsPerMonth", "painNote", "phone", "privacyConsentAt", "privacyConsentVersion", "rateKind", "readAt", "requestFingerprint", "searchText", "status", "topBucket", "updatedAt") SELECT "businessKind", "catalogueVersion", "company", "createdAt", "delegationExperience", "email", "engineVersion", "followUpConsent", "followUpConsentAt", "freedMinutesPerMonth", "hourlyRateCents", "hoursPerWeek", "id", "idempotencyKeyHash", "locale", "mainPain", "name", "netGainCentsPerMonth", "painNote", "phone", "privacyConsentAt", "privacyConsentVersion", "rateKind", "readAt", "requestFingerprint", "searchText", "status", "topBucket", "updatedAt" FROM "Intake";
DROP TABLE "Intake";
ALTER TABLE "new_Intake" RENAME TO "Intake";
CREATE UNIQUE INDEX "Intake_idempotencyKeyHash_key" ON "Intake"("idempotencyKeyHash");
CREATE INDEX "Intake_inbox_createdAt_idx" ON "Intake"("createdAt", "id", "status", "searchText");
CREATE INDEX "Intake_inbox_name_idx" ON "Intake"("name", "id", "status", "createdAt", "searchText");
CREATE INDEX "Intake_inbox_freedMinutes_idx" ON "Intake"("freedMinutesPerMonth", "id", "status", "createdAt", "searchText");
CREATE INDEX "Intake_inbox_netGain_idx" ON "Intake"("netGainCentsPerMonth", "id", "status", "createdAt", "searchText");
CREATE INDEX "Intake_inbox_status_createdAt_idx" ON "Intake"("status", "createdAt", "id", "searchText");
CREATE INDEX "Intake_inbox_status_name_idx" ON "Intake"("status", "name", "id", "createdAt", "searchText");
CREATE INDEX "Intake_inbox_status_freedMinutes_idx" ON "Intake"("status", "freedMinutesPerMonth", "id", "createdAt", "searchText");
CREATE INDEX "Intake_inbox_status_netGain_idx" ON "Intake"("status", "netGainCentsPerMonth", "id", "createdAt", "searchText");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
