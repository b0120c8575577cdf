import { describe, expect, it } from '@jest/globals'
import { parseRemoteUrl } from '../../src/cli/config.js'
import { exitCodeOf } from '../../src/cli/exitCodes.js'
import {
  AuthError,
  ConflictError,
  HostileArchiveError,
  RemoteError,
  SessionNotFoundError,
  UsageError
} from '../../src/errors.js'
import { graphqlUrlFor } from '../../src/store/index.js'

describe('the repository from a git remote', () => {
  it.each([
    ['https://github.com/octo/app.git', 'octo/app', 'https://api.github.com'],
    ['https://github.com/octo/app', 'octo/app', 'https://api.github.com'],
    ['git@github.com:octo/app.git', 'octo/app', 'https://api.github.com'],
    ['ssh://git@github.com/octo/app.git', 'octo/app', 'https://api.github.com'],
    ['https://user@ghe.example.com/team/tool.git', 'team/tool', 'https://ghe.example.com/api/v3'],
    ['git@ghe.example.com:team/tool.git', 'team/tool', 'https://ghe.example.com/api/v3'],
    ['ssh://git@ghe.example.com:2222/team/tool', 'team/tool', 'https://ghe.example.com/api/v3']
  ])('%s', (url, repository, apiUrl) => {
    expect(parseRemoteUrl(url)).toEqual({ repository, apiUrl })
  })

  it('ignores what is not a repository URL', () => {
    expect(parseRemoteUrl('/srv/git/app.git')).toBeUndefined()
  })

  it('finds GraphQL beside REST on github.com and on GHES', () => {
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql')
    expect(graphqlUrlFor('https://ghe.example.com/api/v3')).toBe(
      'https://ghe.example.com/api/graphql'
    )
  })
})

describe('exit codes', () => {
  it.each([
    [new SessionNotFoundError('x'), 1],
    [new UsageError('x'), 2],
    [new AuthError('x'), 2],
    [new ConflictError('x'), 3],
    [new RemoteError('x'), 4],
    [new HostileArchiveError('x'), 4],
    [new Error('x'), 70]
  ])('%p -> %i', (error, code) => {
    expect(exitCodeOf(error)).toBe(code)
  })
})
