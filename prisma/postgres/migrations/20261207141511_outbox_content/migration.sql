-- Decision 0026: new messages keep their content (what the e-mail says) and are rendered when sent;
-- html/text become optional. Rows already queued keep the HTML and text rendered when they were
-- queued, and the sender sends those as they are (no data to convert).
-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "content" JSONB,
ALTER COLUMN "html" DROP NOT NULL,
ALTER COLUMN "text" DROP NOT NULL;
