-- CreateTable
CREATE TABLE "IntakeNote" (
    "id" TEXT NOT NULL,
    "intakeId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntakeNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VaUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VaUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "csrfTokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VaSettings" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "vaName" TEXT NOT NULL,
    "logoDataUrl" TEXT,
    "brandColor" TEXT NOT NULL,
    "hourlyRateCents" INTEGER NOT NULL,
    "packages" JSONB NOT NULL,
    "bookingUrl" TEXT,
    "replyEmail" TEXT NOT NULL,
    "emailSignature" TEXT NOT NULL,
    "trustTexts" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VaSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IntakeNote_intakeId_createdAt_idx" ON "IntakeNote"("intakeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VaUser_email_key" ON "VaUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_createdAt_idx" ON "LoginAttempt"("key", "createdAt");

-- CreateIndex
CREATE INDEX "Intake_name_id_idx" ON "Intake"("name", "id");

-- CreateIndex
CREATE INDEX "Intake_freedMinutesPerMonth_id_idx" ON "Intake"("freedMinutesPerMonth", "id");

-- CreateIndex
CREATE INDEX "Intake_netGainCentsPerMonth_id_idx" ON "Intake"("netGainCentsPerMonth", "id");

-- AddForeignKey
ALTER TABLE "IntakeNote" ADD CONSTRAINT "IntakeNote_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeNote" ADD CONSTRAINT "IntakeNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "VaUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "VaUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
