-- CreateIndex
CREATE INDEX "ScanDraft_email_idx" ON "ScanDraft"("email");
