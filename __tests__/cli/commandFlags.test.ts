/**
 * Each command file builds its own commander command (`newXCommand(f, runF)`, the GitHub CLI's
 * NewCmdX): flags → options, without running anything. The run functions are tested against the
 * emulator elsewhere (commands.test.ts, continue.test.ts, init.test.ts).
 */
import { describe, expect, it } from '@jest/globals'
import type { Command } from 'commander'
import { newContinueCommand } from '../../src/cli/commands/continueCommands.js'
import { newDeleteCommand } from '../../src/cli/commands/delete.js'
import { newDiscoverCommand } from '../../src/cli/commands/discover.js'
import { newInitCommand } from '../../src/cli/commands/init.js'
import { newListCommand } from '../../src/cli/commands/list.js'
import { newPruneCommand } from '../../src/cli/commands/prune.js'
import { newPullCommand } from '../../src/cli/commands/pull.js'
import { newPushCommand } from '../../src/cli/commands/push.js'
import type { Factory, RunF } from '../../src/cli/factory.js'

// Any command's constructor: each takes a run function of its own options.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type NewCommand = (f: Factory, runF?: RunF<any>) => Command

/** A factory whose current branch is "current" and whose inherited options are `globals`. */
function factory(globals: Record<string, unknown> = {}): Factory {
  return {
    runtime: () => {
      throw new Error('a stand-in run function needs no runtime')
    },
    globals: () => globals,
    branch: async (given) => given ?? 'current'
  }
}

/** The options the command hands its run function for these arguments. */
async function optionsOf(
  newCommand: NewCommand,
  args: string[],
  globals?: Record<string, unknown>
): Promise<unknown> {
  let seen: unknown
  const command = newCommand(factory(globals), async (o: unknown) => {
    seen = o
  }).exitOverride()
  await command.parseAsync(args, { from: 'user' })
  return seen
}

const SESSION = '4d5611e5-241a-462a-8d15-5122611a9569'

describe('each command parses its flags into its options', () => {
  it.each<[string, string[], NewCommand, Record<string, unknown>]>([
    ['discover', [], newDiscoverCommand, { branch: 'current' }],
    ['discover', ['feat', '--cwd', 'x'], newDiscoverCommand, { branch: 'feat', cwd: 'x' }],
    ['push', [], newPushCommand, { branch: 'current', secrets: 'warn' }],
    [
      'push',
      ['main', '--session', SESSION, '--force', '--recipient', 'age1a', '--recipient', 'age1b'],
      newPushCommand,
      { branch: 'main', session: SESSION, force: true, recipient: ['age1a', 'age1b'] }
    ],
    ['push', ['--no-encryption'], newPushCommand, { encryption: false }],
    ['push', ['--secrets', 'redact'], newPushCommand, { secrets: 'redact' }],
    ['pull', ['x', '--as-new'], newPullCommand, { branch: 'x', asNew: true }],
    [
      'pull',
      ['--encryption-key-file', 'k', '--cwd', 'd'],
      newPullCommand,
      { branch: 'current', encryptionKeyFile: 'k', cwd: 'd' }
    ],
    ['list', [], newListCommand, { branch: undefined }],
    ['list', ['main', '--json'], newListCommand, { branch: 'main', json: true }],
    ['delete', ['old', '-y'], newDeleteCommand, { branch: 'old', yes: true }],
    [
      'delete',
      ['old', '--session', SESSION],
      newDeleteCommand,
      { branch: 'old', session: SESSION }
    ],
    [
      'prune',
      ['--older-than', '30', '--gone', '--dry-run'],
      newPruneCommand,
      { olderThan: '30', gone: true, dryRun: true }
    ],
    [
      'continue',
      ['Fix', 'it', '--input', 'a=1', '--input', 'b=2', '--no-wait'],
      newContinueCommand,
      {
        prompt: ['Fix', 'it'],
        branch: 'current',
        input: ['a=1', 'b=2'],
        wait: false,
        workflow: 'claude-continue.yml',
        interval: '5'
      }
    ],
    // --attach takes the branch from the run, not from the checkout.
    ['continue', ['--attach', '12'], newContinueCommand, { attach: '12', branch: undefined }],
    ['init', [], newInitCommand, { workflow: 'claude-continue.yml' }],
    [
      'init',
      ['--action-repo', 'me/fork', '--action-ref', 'v1', '--force'],
      newInitCommand,
      { actionRepo: 'me/fork', actionRef: 'v1', force: true }
    ]
  ])('%s %j', async (_name, args, newCommand, expected) => {
    expect(await optionsOf(newCommand, args)).toMatchObject(expected)
  })

  it('passes the inherited options (-R/--repo, --verbose) to every command that talks to GitHub', async () => {
    const globals = { repo: 'octo/app', verbose: true }
    for (const [newCommand, args] of [
      [newPushCommand, []],
      [newPullCommand, []],
      [newListCommand, []],
      [newDeleteCommand, ['b']],
      [newPruneCommand, ['--gone']],
      [newContinueCommand, ['go']]
    ] as [NewCommand, string[]][])
      expect(await optionsOf(newCommand, args, globals)).toMatchObject(globals)
  })

  it('refuses a --secrets value it does not know, before running anything', async () => {
    await expect(optionsOf(newPushCommand, ['--secrets', 'maybe'])).rejects.toThrow(
      /Allowed choices are warn, fail, redact/
    )
  })
})
