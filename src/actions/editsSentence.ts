import { userMessage } from '../errors.js'
import type { CommitResult, EditsOutcome } from '../edits/publishEdits.js'

/** The run report's one sentence on Claude's edits: the commit pushed, the pull request, or why not. */
export function editsSentence(edits: EditsOutcome): string {
  switch (edits.kind) {
    case 'not-committed':
      return edits.reason === 'mode-none'
        ? 'not committed (publish-edits: none)'
        : edits.reason === 'tag-mode'
          ? "left to claude-code-action's tag mode, which commits and pushes Claude's edits itself (see its comment on the pull request)"
          : `not committed: ${edits.cwd} is not a git work tree (add actions/checkout before this step)`
    case 'not-pushed':
      return edits.reason === 'fork'
        ? `not pushed: this pull request comes from the fork ${edits.fork}, and a workflow token cannot push there`
        : edits.reason === 'not-on-branch'
          ? `not committed or pushed: the checkout (HEAD ${edits.head.slice(0, 12)}) is not on the history of ${edits.branch}, so a commit on it would carry another branch's commits to ${edits.branch}; check out ${edits.branch} (actions/checkout with \`ref: ${edits.branch}\`) or set the branch input to the branch that is checked out`
          : "not pushed: the workspace is the pull request's merge commit (actions/checkout's default on pull_request), and pushing it would merge the base into the branch; check out the branch with `ref: ${{ github.head_ref }}`"
    case 'no-changes':
      return `no changes to commit${leftOutNote(edits.leftOut)}${withheldNote(edits.withheld)}`
    case 'pushed':
      return `commit ${edits.sha.slice(0, 12)} pushed to ${edits.branch}${edits.rebased ? ` (rebased onto the moved ${edits.branch})` : ''}, ${count(edits.commit)}${leftOutNote(edits.commit.leftOut)}${withheldNote(edits.commit.withheld)}`
    case 'pull-request': {
      const pr = edits.pullRequest
      return `commit ${edits.sha.slice(0, 12)} ${pr.created ? 'opened' : 'added to'} pull request #${pr.number} (${pr.url}), ${count(edits.commit)}${withheldNote(edits.commit.withheld)}`
    }
    case 'refused':
      return `not pushed: ${edits.error.message}`
    case 'failed':
      return `not pushed: ${userMessage(edits.error)}`
  }
}

function count(commit: CommitResult): string {
  return `${commit.files.length} file${commit.files.length === 1 ? '' : 's'}`
}

function leftOutNote(leftOut: string[]): string {
  return leftOut.length > 0
    ? `; left out ${leftOut.join(', ')} (claude-code-action resets these to the base branch on pull requests)`
    : ''
}

function withheldNote(withheld: string[]): string {
  return withheld.length > 0
    ? `; left out ${withheld.join(', ')}: possible secrets (secrets: redact), still in the workspace`
    : ''
}
