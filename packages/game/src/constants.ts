/** Latency allowance after a question's deadline: an answer sent in time may arrive this much later. Not scaled. */
export const ANSWER_GRACE_MS = 500
/** How many players the leaderboard and podium views show. */
export const LEADERBOARD_SIZE = 10
/** An answer faster than this earns full points (divided by the time scale). */
export const FULL_POINTS_MS = 500
/** The most round-trip time credited back to a player: more than this is not believed. */
export const MAX_RTT_MS = 1000
/** Streak bonus: +100 for the second right answer in a row, +100 more each time, at most +500. */
export const STREAK_STEP = 100
export const STREAK_BONUS_MAX = 500
