import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scanFile } from '../../src/archive/index.js'
import { run, secretShapes } from './secretShapes.js'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

async function scanText(content: string): Promise<{ ruleId: string; line: number }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claude-session-shapes-'))
  dirs.push(dir)
  const record = JSON.stringify({ type: 'user', message: { role: 'user', content } })
  await writeFile(join(dir, 't.jsonl'), `{"type":"summary"}\n${record}\n`)
  return (await scanFile(join(dir, 't.jsonl'))).map(({ ruleId, line }) => ({ ruleId, line }))
}

describe('the shapes real tokens have today', () => {
  for (const shape of secretShapes()) {
    it(`flags a ${shape.kind} as ${shape.rule}`, async () => {
      expect(await scanText(`here: ${shape.text} .`)).toEqual([{ ruleId: shape.rule, line: 2 }])
    })
  }

  it('flags an AWS key id only together with its secret', async () => {
    expect(await scanText(`aws_access_key_id = ${'AK' + 'IA' + run(16).toUpperCase()}`)).toEqual([])
  })

  it('cannot be switched off by text in the transcript (secretlint-disable comments)', async () => {
    const token = secretShapes()[0]!.text
    expect(await scanText(`// secretlint-disable\n${token}`)).toEqual([
      { ruleId: 'github', line: 2 }
    ])
  })
})
