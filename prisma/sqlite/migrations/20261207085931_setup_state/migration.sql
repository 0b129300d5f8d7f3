-- CreateTable
CREATE TABLE "SetupState" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'default',
    "emailTestPassedAt" DATETIME,
    "emailTestAnswer" TEXT
);
