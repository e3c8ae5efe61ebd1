-- AlterTable
ALTER TABLE "PracticeSession" ADD COLUMN "currentOrderJson" TEXT;

-- AlterTable
ALTER TABLE "ExamItem" ADD COLUMN "orderJson" TEXT;

-- CreateTable
CREATE TABLE "ProblemReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionKey" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "context" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ProblemReport_updatedAt_idx" ON "ProblemReport"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProblemReport_learnerId_questionKey_key" ON "ProblemReport"("learnerId", "questionKey");

