import { Command } from 'commander'
import { collect, type Factory, type RunF } from '../factory.js'
import { GITHUB_ENVIRONMENT, helpAfter } from '../help.js'
import { runContinue, type ContinueOptions } from './continue.js'
import { DEFAULT_WORKFLOW } from './init.js'

const EXIT_CODES = `Exit codes:
  0 done (also --no-wait and Ctrl-C, which leave the run going)
  1 no session to push
  2 usage or configuration error, checked before anything is pushed or started: the workflow file
    missing on the default branch or the branch (run claude-session init), the branch not on
    GitHub, an --input the workflow does not declare, a token without contents: write or
    actions: write
  3 conflict (the stored or the local copy went on separately; nothing is overwritten)
  4 GitHub or network failure after retries (also: the run is still not done after --timeout, or
    it could not be told apart from another run; it goes on: follow it with --attach RUN_ID)
  5 local file-system failure
  6 the run failed or was cancelled (whatever it saved is still pulled), or it continued another
    session than the one pushed`

/** `claude-session continue [prompt...]`: its own file, so options added to it merge apart. */
export function newContinueCommand(f: Factory, runF?: RunF<ContinueOptions>): Command {
  return new Command('continue')
    .description(
      'push the session, run the continuation workflow on it, follow it, pull the result'
    )
    .argument('[prompt...]', 'what Claude should do next')
    .option('--branch <branch>', 'git branch (default: the current branch)')
    .option('--workflow <file>', 'workflow file in .github/workflows', DEFAULT_WORKFLOW)
    .option('--interval <seconds>', 'seconds between looks at the run', '5')
    .option('--no-wait', 'start the run, print its URL and the command that follows it, and exit')
    .option('--session <id>', 'push this session instead of the newest of the branch')
    .option('--input <key=value>', 'another input of the workflow (repeatable)', collect)
    .option('--json', 'one JSON object per event on stdout')
    .option('--resume', 'run `claude --resume <id>` once the run is pulled')
    .option('--attach <run-id>', 'follow (and then pull) a run started earlier')
    .option(
      '--timeout <duration>',
      'stop following after this long (6h, 90m, 30s); the run goes on',
      '6h'
    )
    .option('--cwd <dir>', 'the directory Claude runs in (default: here)')
    .option('--encryption-key-file <path>', 'the age passphrase or identity for encrypted sessions')
    .addHelpText(
      'after',
      helpAfter({
        about: `Checks that the workflow is on the default branch and on the branch, that the branch is on GitHub
and that every --input is declared; pushes like \`push\`; starts .github/workflows/<file>
(workflow_dispatch, inputs prompt, branch, session-id and request-id where the workflow declares
them) on the branch; shows its status and current step every --interval seconds (and warns when no
runner picks it up); and when it completes pulls like \`pull\` and prints what Claude added and the
\`claude --resume <id>\` command. Ctrl-C stops following without cancelling the run. Write the
workflow once with \`claude-session init\`.`,
        examples: [
          'claude-session continue "Fix the failing test we talked about"',
          'claude-session continue --no-wait --input model=opus "Write the release notes"',
          'claude-session continue --attach 1234567890'
        ],
        environment: [...GITHUB_ENVIRONMENT, 'CLAUDE_CONFIG_DIR', 'CLAUDE_SESSION_KEY', 'TMPDIR'],
        exitCodes: EXIT_CODES
      })
    )
    .action(async (prompt: string[], o: Omit<ContinueOptions, 'prompt'>) => {
      const branch =
        o.branch ?? (o.attach === undefined ? await f.branch(undefined, o.cwd) : undefined)
      const options = { ...f.globals(), ...o, prompt, branch }
      if (runF) return void (await runF(options))
      // Ctrl-C while following detaches: the run goes on and the attach command is printed.
      const abort = new AbortController()
      const onInterrupt = (): void => abort.abort()
      process.on('SIGINT', onInterrupt)
      const release = (): void => void process.off('SIGINT', onInterrupt)
      try {
        await runContinue(options, f.runtime(), { signal: abort.signal, followed: release })
      } finally {
        release()
      }
    })
}
