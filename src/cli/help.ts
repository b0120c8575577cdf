import { EXIT_CODES_HELP } from './exitCodes.js'

/** Every environment variable the CLI reads, described once; each command names those it reads. */
const ENVIRONMENT = {
  GH_TOKEN: 'GitHub token (else GITHUB_TOKEN, else `gh auth token` if gh is installed)',
  GITHUB_TOKEN: 'GitHub token when GH_TOKEN is not set',
  GITHUB_REPOSITORY: 'OWNER/NAME when --repo is not given (else the origin remote)',
  GITHUB_API_URL: 'API root, e.g. https://HOST/api/v3 for GitHub Enterprise Server',
  GITHUB_GRAPHQL_URL: 'GraphQL endpoint (default: derived from GITHUB_API_URL)',
  CLAUDE_CONFIG_DIR: "Claude Code's folder (default ~/.claude)",
  CLAUDE_SESSION_KEY: 'encryption key when --encryption-key-file is not given',
  CLAUDE_SESSION_RETRIES: 'how often a failed request is retried (0 fails fast)',
  NO_COLOR: 'no colours',
  TMPDIR: 'where each run keeps its private scratch folder (RUNNER_TEMP in Actions)'
} as const

export type EnvironmentName = keyof typeof ENVIRONMENT

/** What a command that talks to GitHub reads. */
export const GITHUB_ENVIRONMENT: EnvironmentName[] = [
  'GH_TOKEN',
  'GITHUB_TOKEN',
  'GITHUB_REPOSITORY',
  'GITHUB_API_URL',
  'GITHUB_GRAPHQL_URL',
  'CLAUDE_SESSION_RETRIES',
  'NO_COLOR'
]

export interface HelpSections {
  /** What the command does beyond its one-line description. */
  about?: string
  examples: string[]
  environment: EnvironmentName[]
  /** The exit codes this command uses, when they say more than the common table. */
  exitCodes?: string
}

/** The text after the options in `--help`, laid out as gh lays out its help: examples first. */
export function helpAfter(sections: HelpSections): string {
  const width = Math.max(...sections.environment.map((name) => name.length))
  const environment = sections.environment
    .map((name) => `  ${name.padEnd(width)}  ${ENVIRONMENT[name]}`)
    .join('\n')
  return [
    ...(sections.about ? [`\n${sections.about.trim()}`] : []),
    `\nExamples:\n${sections.examples.map((e) => `  ${e}`).join('\n')}`,
    `\nEnvironment:\n${environment}`,
    `\n${sections.exitCodes ?? EXIT_CODES_HELP}\n`
  ].join('\n')
}
