/**
 * Git's rules for a branch name (`git check-ref-format --branch`,
 * https://git-scm.com/docs/git-check-ref-format). A session's release is tagged
 * `claude-sessions-<branch>` (remoteLayout.ts), so a name git would refuse would make a tag GitHub
 * refuses or mangles: it is checked before anything is created.
 */
export function branchNameProblem(branch: string): string | undefined {
  if (branch === '') return 'it is empty'
  if (branch === '@') return 'it is "@"'
  if (branch.startsWith('-')) return 'it starts with "-"'
  if (branch.startsWith('/') || branch.endsWith('/')) return 'it starts or ends with "/"'
  if (branch.endsWith('.')) return 'it ends with "."'
  if (branch.includes('..')) return 'it contains ".."'
  if (branch.includes('//')) return 'it contains "//"'
  if (branch.includes('@{')) return 'it contains "@{"'
  // Control characters, space and DEL, and the characters git gives a meaning in revisions.
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0020\u007f~^:?*[\\]/.exec(branch)
  if (bad) {
    const char = bad[0]
    return char <= ' ' || char === '\u007f'
      ? 'it contains a space or a control character'
      : `it contains "${char}"`
  }
  for (const part of branch.split('/')) {
    if (part.startsWith('.')) return `its part "${part}" starts with "."`
    if (part.endsWith('.lock')) return `its part "${part}" ends with ".lock"`
  }
  return undefined
}
