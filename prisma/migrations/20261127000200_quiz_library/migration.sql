-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN "deletedAt" DATETIME;

