-- AlterTable
ALTER TABLE "Intake" ADD COLUMN "unsubscribedAt" DATETIME;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "intakeId" TEXT,
    "draftId" TEXT,
    "templateId" TEXT,
    "toAddress" TEXT NOT NULL,
    "toName" TEXT,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "claimToken" TEXT,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "cancelledAt" DATETIME,
    "idempotencyKey" TEXT NOT NULL,
    CONSTRAINT "OutboxMessage_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ScanDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "EmailTemplate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmailTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "subjectNl" TEXT NOT NULL,
    "subjectEn" TEXT NOT NULL,
    "bodyNl" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "scheduleEnabled" BOOLEAN NOT NULL DEFAULT false,
    "scheduleDelayDays" INTEGER
);

-- CreateTable
CREATE TABLE "UnsubscribeLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "intakeId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" DATETIME,
    CONSTRAINT "UnsubscribeLink_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScanDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "step" INTEGER NOT NULL,
    "privacyConsentAt" DATETIME NOT NULL,
    "privacyConsentVersion" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ResumeLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "draftId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    CONSTRAINT "ResumeLink_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ScanDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyCount" (
    "day" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "key")
);

-- CreateTable
CREATE TABLE "AppSecret" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_VaSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'default',
    "vaName" TEXT NOT NULL,
    "logoDataUrl" TEXT,
    "brandColor" TEXT NOT NULL,
    "hourlyRateCents" INTEGER NOT NULL,
    "packages" JSONB NOT NULL,
    "bookingUrl" TEXT,
    "replyEmail" TEXT NOT NULL,
    "emailSignature" TEXT NOT NULL,
    "trustTexts" JSONB NOT NULL,
    "embedOrigins" JSONB,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_VaSettings" ("bookingUrl", "brandColor", "emailSignature", "hourlyRateCents", "id", "logoDataUrl", "packages", "replyEmail", "trustTexts", "updatedAt", "vaName") SELECT "bookingUrl", "brandColor", "emailSignature", "hourlyRateCents", "id", "logoDataUrl", "packages", "replyEmail", "trustTexts", "updatedAt", "vaName" FROM "VaSettings";
DROP TABLE "VaSettings";
ALTER TABLE "new_VaSettings" RENAME TO "VaSettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_intakeId_createdAt_idx" ON "OutboxMessage"("intakeId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_draftId_idx" ON "OutboxMessage"("draftId");

-- CreateIndex
CREATE INDEX "OutboxMessage_templateId_idx" ON "OutboxMessage"("templateId");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_id_idx" ON "OutboxMessage"("createdAt", "id");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_id_idx" ON "OutboxMessage"("status", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "UnsubscribeLink_tokenHash_key" ON "UnsubscribeLink"("tokenHash");

-- CreateIndex
CREATE INDEX "UnsubscribeLink_intakeId_idx" ON "UnsubscribeLink"("intakeId");

-- CreateIndex
CREATE INDEX "ScanDraft_expiresAt_idx" ON "ScanDraft"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "ResumeLink_tokenHash_key" ON "ResumeLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ResumeLink_draftId_idx" ON "ResumeLink"("draftId");
