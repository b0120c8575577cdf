/** A GitHub repository and its host. */
export interface Home {
  host: string
  repository: string
}
export declare function parseGitHubUrl(url: unknown): Home | undefined
export declare function homeOf(pkg: { repository?: string | { url?: string } }): Home | undefined
export declare function homeFields(home: Home): Record<string, unknown>
export declare function buildStamp(
  root: string,
  pkg: { version: string; repository?: string | { url?: string } },
  releaseTag?: string
): { home?: Home; tag?: string; commit?: string; dirty?: boolean }
