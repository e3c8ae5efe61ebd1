-- CreateTable
CREATE TABLE "GameLease" (
    "gameId" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "token" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "wantedBy" TEXT,

    CONSTRAINT "GameLease_pkey" PRIMARY KEY ("gameId")
);

-- CreateIndex
CREATE INDEX "GameLease_expiresAt_idx" ON "GameLease"("expiresAt");

-- AddForeignKey
ALTER TABLE "GameLease" ADD CONSTRAINT "GameLease_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "Game"("id") ON DELETE CASCADE ON UPDATE CASCADE;

