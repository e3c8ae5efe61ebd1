/** Latency allowance after a question's deadline: an answer sent in time may arrive this much later. Not scaled. */
export const ANSWER_GRACE_MS = 500
/** How many players the leaderboard and podium views show. */
export const LEADERBOARD_SIZE = 10
/** An answer faster than this earns full points (divided by the time scale). */
export const FULL_POINTS_MS = 500
/**
 * The most round-trip time credited back to a player. The server cannot tell a slow phone from one that delays its
 * probe replies on purpose, so the credit is capped: a cheat gains at most this much (about 6 points of 1,000 on a
 * 20 s question), and an honest phone on a slow link (500 ms) loses as little. See docs/security.md.
 */
export const MAX_RTT_MS = 250
/** Streak bonus: +100 for the second right answer in a row, +100 more each time, at most +500. */
export const STREAK_STEP = 100
export const STREAK_BONUS_MAX = 500
