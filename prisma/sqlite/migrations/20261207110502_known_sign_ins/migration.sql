-- CreateTable
CREATE TABLE "KnownSignIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "lastSignInAt" DATETIME NOT NULL,
    CONSTRAINT "KnownSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "VaUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "KnownSignIn_lastSignInAt_idx" ON "KnownSignIn"("lastSignInAt");

-- CreateIndex
CREATE UNIQUE INDEX "KnownSignIn_userId_key_key" ON "KnownSignIn"("userId", "key");
