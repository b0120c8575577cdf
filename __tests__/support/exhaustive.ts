/**
 * The tests that sample (fault positions, cut points, race rounds) try every case, or many more
 * rounds, under CLAUDE_SESSION_EXHAUSTIVE=1, which CI sets; by default they sample, so that
 * `npm test` stays fast on a laptop.
 */
export const EXHAUSTIVE = process.env.CLAUDE_SESSION_EXHAUSTIVE === '1'

/** How many rounds a race test runs: `sampled` by default, `exhaustive` in CI. */
export const rounds = (sampled: number, exhaustive: number): number =>
  EXHAUSTIVE ? exhaustive : sampled
