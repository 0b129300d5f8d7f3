-- AlterTable
ALTER TABLE "SetupState" ADD COLUMN     "emailTestConfig" TEXT;
