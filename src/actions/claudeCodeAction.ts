/**
 * What the composite knows about the anthropics/claude-code-action it pins. Kept equal to the
 * `uses:` line of action.yml by __tests__/composite/claudeArgs.test.ts.
 *
 * To update: pick a newer tag on https://github.com/anthropics/claude-code-action/tags, read the
 * Claude Code version it installs (`claudeCodeVersion` in its src/entrypoints/run.ts), and change
 * both constants and the `uses:` line together.
 */
export const CLAUDE_CODE_ACTION_REF = 'anthropics/claude-code-action@v1.0.200'

/** The Claude Code that v1.0.200 installs (`claudeCodeVersion = "2.1.240"` in src/entrypoints/run.ts). */
export const INSTALLED_CLAUDE_CODE = '2.1.240'

/** -1, 0 or 1, comparing dotted numeric versions ("2.1.331" > "2.1.240"); pre-release tails ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    v
      .split(/[-+]/)[0]!
      .split('.')
      .map((n) => Number.parseInt(n, 10) || 0)
  const [x, y] = [parts(a), parts(b)]
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return 0
}
