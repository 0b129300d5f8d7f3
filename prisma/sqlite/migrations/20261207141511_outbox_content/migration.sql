-- Decision 0026: new messages keep their content (what the e-mail says) and are rendered when sent;
-- html/text become optional. Rows already queued keep the HTML and text rendered when they were
-- queued, and the sender sends those as they are (no data to convert).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
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
    "content" JSONB,
    "html" TEXT,
    "text" TEXT,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "claimToken" TEXT,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "cancelledAt" DATETIME,
    "idempotencyKey" TEXT NOT NULL,
    "requestId" TEXT,
    CONSTRAINT "OutboxMessage_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ScanDraft" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "EmailTemplate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_OutboxMessage" ("attempts", "cancelledAt", "claimToken", "createdAt", "draftId", "html", "id", "idempotencyKey", "intakeId", "kind", "lastError", "locale", "lockedUntil", "nextAttemptAt", "requestId", "sentAt", "status", "subject", "templateId", "text", "toAddress", "toName", "updatedAt") SELECT "attempts", "cancelledAt", "claimToken", "createdAt", "draftId", "html", "id", "idempotencyKey", "intakeId", "kind", "lastError", "locale", "lockedUntil", "nextAttemptAt", "requestId", "sentAt", "status", "subject", "templateId", "text", "toAddress", "toName", "updatedAt" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_intakeId_createdAt_idx" ON "OutboxMessage"("intakeId", "createdAt");
CREATE INDEX "OutboxMessage_draftId_idx" ON "OutboxMessage"("draftId");
CREATE INDEX "OutboxMessage_templateId_idx" ON "OutboxMessage"("templateId");
CREATE INDEX "OutboxMessage_createdAt_id_idx" ON "OutboxMessage"("createdAt", "id");
CREATE INDEX "OutboxMessage_status_createdAt_id_idx" ON "OutboxMessage"("status", "createdAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
