/** Path templates as GitHub's OpenAPI description writes them (`/repos/{owner}/{repo}/…`), matched against request paths. */

/** A template as a matcher: `{name}` matches one URL-encoded segment. */
export interface CompiledTemplate {
  template: string
  params: string[]
  pattern: RegExp
}

export function compileTemplate(template: string): CompiledTemplate {
  const params: string[] = []
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, n) => {
    params.push(n as string)
    return '([^/]+)'
  })
  return { template, params, pattern: new RegExp(`^${source}$`) }
}

/**
 * The template that matches `pathname`, preferring literal segments over parameters, as GitHub
 * routes `/releases/assets/{asset_id}` before `/releases/{release_id}`.
 */
export function matchTemplate<T extends CompiledTemplate>(
  candidates: T[],
  pathname: string
): { match: T; params: Record<string, string> } | undefined {
  let best: { match: T; params: Record<string, string> } | undefined
  for (const c of candidates) {
    const m = c.pattern.exec(pathname)
    if (!m || (best && best.match.params.length <= c.params.length)) continue
    const params: Record<string, string> = {}
    c.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)))
    best = { match: c, params }
  }
  return best
}
