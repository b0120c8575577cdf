import type { lintSource } from '@secretlint/core'

type ScanConfig = Parameters<typeof lintSource>[0]['options']['config']

/** `creator.meta.id` of @secretlint/secretlint-rule-pattern, known without loading it. */
const PATTERN_RULE_ID = '@secretlint/secretlint-rule-pattern'

/**
 * Shapes of tokens issued today that the recommended preset (11.7.1) does not match, added as
 * pattern rules. Each name is the rule a finding reports.
 */
const EXTRA_SHAPES = [
  // Claude Code's own credentials: OAuth tokens from `claude setup-token` (sk-ant-oat01-…) and
  // admin keys. The preset knows only API keys (sk-ant-api03-…).
  {
    name: 'anthropic',
    patterns: ['/(?<![A-Za-z0-9_-])sk-ant-(?:oat|ort|admin)\\d\\d-[A-Za-z0-9_-]{32,}/']
  },
  // OpenAI project, service-account and admin keys, with or without the T3BlbkFJ marker the
  // preset requires.
  {
    name: 'openai',
    patterns: ['/(?<![A-Za-z0-9_-])sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,}/']
  },
  // Google Cloud API keys (https://cloud.google.com/docs/authentication/api-keys).
  { name: 'gcp', patterns: ['/(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/'] }
]

let scanConfig: Promise<ScanConfig> | undefined

/**
 * The preset's rules one by one, without `filter-comments`: that rule lets the scanned text turn
 * the scan off (`secretlint-disable`), and a transcript is text anyone could have pasted. Loaded
 * on first use: most saves have no candidate line, so they never parse secretlint's rules.
 */
export function loadScanConfig(): Promise<ScanConfig> {
  scanConfig ??= Promise.all([
    import('@secretlint/secretlint-rule-preset-recommend'),
    import('@secretlint/secretlint-rule-pattern')
  ]).then(([{ rules: recommended }, { creator: patternRule }]) => ({
    rules: [
      ...recommended
        .filter((rule) => !rule.meta.id.endsWith('-filter-comments'))
        .map((rule) => ({ id: rule.meta.id, rule })),
      { id: PATTERN_RULE_ID, rule: patternRule, options: { patterns: EXTRA_SHAPES } }
    ]
  }))
  return scanConfig
}

/**
 * What every rule above anchors on, as one regex over the raw (undecoded, latin1-read) text: a
 * line without any of these cannot be flagged, so the rules run only on lines that have one. Each
 * anchor is at least as loose as its rule (same case rules; the database and basic-auth rules
 * report only URLs with `user:password@`). A character of an anchor may be written as a JSON
 * escape: `\/` is allowed where an anchor has a slash, and any printable ASCII character written
 * as `\u00XX` makes its line a candidate. Case-sensitive on purpose: V8 runs it several times
 * faster than the same alternatives with the `i` flag.
 */
const ANCHORS = [
  // aws (a key id alone is not flagged: secretlint reports it only beside its secret)
  '(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)',
  'PRIVATE KEY', // privatekey, and gcp service-account JSON
  '_authToken=', // npm
  'npm_',
  'x-oauth-basic',
  // basicauth and database-connection-string: `scheme://user:password@`, in any letter case
  ':(?:\\\\?/){2}[^\\s/:]{1,600}:[^\\s/@]{1,1200}@',
  'xox[abopr]-', // slack
  'xapp-',
  '[Hh][Oo][Oo][Kk][Ss]\\.[Ss][Ll][Aa][Cc][Kk]', // slack webhooks (the rule ignores case)
  'SG\\.', // sendgrid
  'shp(?:pa|ca|at|ss)_', // shopify
  'gh[pousr]_', // github
  'github_pat_',
  'T3BlbkFJ', // openai
  // openai, anthropic. No look-behind: in the raw text `\tsk-…` has a letter before `sk-`.
  'sk-(?:ant|proj|svcacct|admin|None)-',
  'lin_api_', // linear
  'ops_ey', // 1password
  'AIza', // gcp
  '\\\\u00[2-7][0-9a-fA-F]' // an escaped printable character could hide any anchor
]

/** The anchors, plus literal secrets to withhold (latin1, as the raw bytes read). */
export function prefilterFor(extraSecrets: readonly string[]): RegExp {
  const literals = extraSecrets.map((s) =>
    Buffer.from(s, 'utf8')
      .toString('latin1')
      .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  )
  return new RegExp([...ANCHORS, ...literals].join('|'), 'g')
}

/** `@secretlint/secretlint-rule-github` → `github`; a pattern rule → the shape's name. */
export function shortRuleId(ruleId: string, data: unknown): string {
  if (ruleId === PATTERN_RULE_ID) {
    const name = (data as { PATTERN_NAME?: unknown } | undefined)?.PATTERN_NAME
    if (typeof name === 'string') return name
  }
  return ruleId.replace(/^@secretlint\/secretlint-rule-/, '')
}
