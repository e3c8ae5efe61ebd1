-- AlterTable
ALTER TABLE "Game" ADD COLUMN "questionsJson" TEXT;
