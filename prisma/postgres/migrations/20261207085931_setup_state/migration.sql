-- CreateTable
CREATE TABLE "SetupState" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "emailTestPassedAt" TIMESTAMP(3),
    "emailTestAnswer" TEXT,

    CONSTRAINT "SetupState_pkey" PRIMARY KEY ("id")
);
