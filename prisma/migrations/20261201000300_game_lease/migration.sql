-- CreateTable
CREATE TABLE "GameLease" (
    "gameId" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "token" INTEGER NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "wantedBy" TEXT,
    CONSTRAINT "GameLease_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "GameLease_expiresAt_idx" ON "GameLease"("expiresAt");

