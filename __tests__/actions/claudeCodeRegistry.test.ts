/**
 * Which package holds Claude Code for a machine, read from a registry stand-in laid out as the npm
 * registry serves @anthropic-ai/claude-code (support/npmRegistryStandIn.ts). The composite tests
 * (composite/claudeCodeVersion.test.ts) install and run what this finds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { RemoteError } from '../../src/errors.js'
import { platformKey, resolveClaudeCode } from '../../src/claudeCode/registry.js'
import { startRegistryStandIn, type RegistryStandIn } from '../support/npmRegistryStandIn.js'

let registry: RegistryStandIn
beforeAll(async () => (registry = await startRegistryStandIn(['2.1.112', '2.1.332'])))
afterAll(async () => registry.close())

describe('finding Claude Code in the npm registry', () => {
  it('names the platform key as the package’s own postinstall does', () => {
    expect(platformKey('linux', 'x64', false)).toBe('linux-x64')
    expect(platformKey('linux', 'arm64', true)).toBe('linux-arm64-musl')
    expect(platformKey('darwin', 'arm64', true)).toBe('darwin-arm64')
    expect(platformKey('win32', 'x64', false)).toBe('win32-x64')
  })

  it.each([
    ['linux-x64-musl', 'claude'],
    ['win32-x64', 'claude.exe'],
    ['darwin-arm64', 'claude']
  ])('takes the native binary of %s from its per-platform package', async (key, executable) => {
    const pkg = await resolveClaudeCode('2.1.332', { registry: registry.url, key })
    expect(pkg).toMatchObject({
      name: `@anthropic-ai/claude-code-${key}`,
      version: '2.1.332',
      executable,
      javascript: false,
      integrity: expect.stringMatching(/^sha512-/)
    })
    expect(pkg.tarball).toBe(
      `${registry.url}/@anthropic-ai/claude-code-${key}/-/claude-code-${key}-2.1.332.tgz`
    )
  })

  it('takes cli.js from the main package before 2.1.113', async () => {
    const pkg = await resolveClaudeCode('2.1.112', { registry: registry.url, key: 'linux-x64' })
    expect(pkg).toMatchObject({
      name: '@anthropic-ai/claude-code',
      executable: 'cli.js',
      javascript: true
    })
  })

  it('refuses a machine with no build, and a version the registry does not have, saying which', async () => {
    await expect(
      resolveClaudeCode('2.1.332', { registry: registry.url, key: 'freebsd-x64' })
    ).rejects.toThrow(
      new RemoteError(
        'Claude Code 2.1.332 has no build for this machine (freebsd-x64): it ships @anthropic-ai/claude-code-darwin-arm64, @anthropic-ai/claude-code-darwin-x64, @anthropic-ai/claude-code-linux-x64, @anthropic-ai/claude-code-linux-arm64, @anthropic-ai/claude-code-linux-x64-musl, @anthropic-ai/claude-code-linux-arm64-musl, @anthropic-ai/claude-code-win32-x64, @anthropic-ai/claude-code-win32-arm64.'
      )
    )
    await expect(resolveClaudeCode('9.9.9', { registry: registry.url })).rejects.toThrow(
      `@anthropic-ai/claude-code has no version 9.9.9 in the npm registry ${registry.url}.`
    )
  })
})
