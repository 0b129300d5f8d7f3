-- CreateTable
CREATE TABLE "Intake" (
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
    "answers" JSONB NOT NULL,
    "result" JSONB NOT NULL,
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

-- CreateTable
CREATE TABLE "IntakeTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "intakeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "taskId" TEXT,
    "customLabel" TEXT,
    "categoryId" TEXT NOT NULL,
    "minutesPerMonth" INTEGER NOT NULL,
    "feeling" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "needsMe" BOOLEAN NOT NULL,
    "score" INTEGER NOT NULL,
    "bucket" TEXT NOT NULL,
    CONSTRAINT "IntakeTask_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResultLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "intakeId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastOpenedAt" DATETIME,
    "openCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ResultLink_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IntakeEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "intakeId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IntakeEvent_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Intake_idempotencyKeyHash_key" ON "Intake"("idempotencyKeyHash");

-- CreateIndex
CREATE INDEX "Intake_createdAt_id_idx" ON "Intake"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Intake_status_createdAt_id_idx" ON "Intake"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "IntakeTask_intakeId_idx" ON "IntakeTask"("intakeId");

-- CreateIndex
CREATE INDEX "IntakeTask_taskId_idx" ON "IntakeTask"("taskId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultLink_tokenHash_key" ON "ResultLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ResultLink_intakeId_idx" ON "ResultLink"("intakeId");

-- CreateIndex
CREATE INDEX "IntakeEvent_intakeId_createdAt_idx" ON "IntakeEvent"("intakeId", "createdAt");
