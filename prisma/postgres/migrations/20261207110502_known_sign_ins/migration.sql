-- CreateTable
CREATE TABLE "KnownSignIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "lastSignInAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnownSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KnownSignIn_lastSignInAt_idx" ON "KnownSignIn"("lastSignInAt");

-- CreateIndex
CREATE UNIQUE INDEX "KnownSignIn_userId_key_key" ON "KnownSignIn"("userId", "key");

-- AddForeignKey
ALTER TABLE "KnownSignIn" ADD CONSTRAINT "KnownSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "VaUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
