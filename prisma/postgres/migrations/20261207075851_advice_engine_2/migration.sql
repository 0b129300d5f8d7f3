-- AlterTable
ALTER TABLE "Intake" ADD COLUMN     "vatStatus" TEXT;

-- AlterTable
-- needsMe becomes no | partly | yes (was a boolean: true = yes). Edited by hand: the generated cast gave 'true'/'false'.
ALTER TABLE "IntakeTask" ALTER COLUMN "needsMe" SET DATA TYPE TEXT USING (CASE WHEN "needsMe" THEN 'yes' ELSE 'no' END);

-- AlterTable
ALTER TABLE "VaSettings" ADD COLUMN     "briefingSharePercent" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "offers" JSONB;
