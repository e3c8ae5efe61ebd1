-- CreateTable
CREATE TABLE "SnapshotPart" (
    "gameId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "json" TEXT NOT NULL,

    PRIMARY KEY ("gameId", "part"),
    CONSTRAINT "SnapshotPart_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- The questions of games written before this migration move to their part (older snapshots hold their own).
INSERT INTO "SnapshotPart" ("gameId", "part", "json") SELECT "id", 'questions', "questionsJson" FROM "Game" WHERE "questionsJson" IS NOT NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Game" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pin" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "hostTokenHash" TEXT NOT NULL,
    "settingsJson" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'lobby',
    "snapshotJson" TEXT,
    "aliveAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    CONSTRAINT "Game_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Game" ("aliveAt", "createdAt", "endedAt", "hostTokenHash", "id", "pin", "quizId", "settingsJson", "snapshotJson", "startedAt", "status") SELECT "aliveAt", "createdAt", "endedAt", "hostTokenHash", "id", "pin", "quizId", "settingsJson", "snapshotJson", "startedAt", "status" FROM "Game";
DROP TABLE "Game";
ALTER TABLE "new_Game" RENAME TO "Game";
CREATE INDEX "Game_pin_idx" ON "Game"("pin");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

