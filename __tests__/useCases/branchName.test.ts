/**
 * Branch names are checked with git's own rules; git itself is the oracle here, so the check
 * neither lets through a name git refuses nor refuses one git accepts.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { branchNameProblem } from '../../src/git/branchName.js'
import { FORBIDDEN_CHARACTER_NAMES } from '../support/branchNames.js'

const NAMES = [
  'main',
  'feature/login-fix',
  'dependabot/npm_and_yarn/tar-7.5.23',
  'v1.0',
  'user@host',
  'ü-branch',
  'a{b}',
  "it's",
  'a#b!',
  'a-',
  'x_y',
  'a.b/c.d',
  'bad..branch',
  'a b',
  '-leading',
  'ends.lock',
  'a.lock/b',
  'x@{y',
  '/lead',
  'trail/',
  'a//b',
  'trail.',
  '.hidden',
  'dir/.hidden',
  'tab\there',
  'bell\u0007',
  'del\u007f',
  ...FORBIDDEN_CHARACTER_NAMES,
  ''
]

/** What `git check-ref-format --branch` says (it expands "@" and refuses "HEAD": not compared). */
function gitAccepts(name: string): boolean {
  return spawnSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' }).status === 0
}

describe('branch names', () => {
  it.each(NAMES)('%j: the same verdict as git', (name) => {
    expect(branchNameProblem(name) === undefined).toBe(gitAccepts(name))
  })

  it('refuses "@", which git refuses as a branch name', () => {
    expect(branchNameProblem('@')).toBeDefined()
  })

  it('says what is wrong without echoing control characters', () => {
    expect(branchNameProblem('bad..branch')).toBe('it contains ".."')
    expect(branchNameProblem('a\u0001b')).toBe('it contains a space or a control character')
  })
})
