import { describe, expect, it } from '@jest/globals'
import { decodePiece, textReadingOfHead } from '../../src/archive/textReading.js'

describe('how the secret scan reads a file (textReading)', () => {
  it.each([
    ['UTF-8', Buffer.from('héllo\nwörld\n'), 'bytes'],
    ['Latin-1', Buffer.from('Café résumé\n', 'latin1'), 'bytes'],
    ['env -0 output', Buffer.from('A=1\0B=2\0'), 'nul-separated'],
    ['UTF-16LE with its mark', Buffer.from('\ufeffPS> dir\r\n', 'utf16le'), 'utf16le'],
    ['UTF-16BE with its mark', Buffer.from('\ufeffPS> dir\r\n', 'utf16le').swap16(), 'utf16be'],
    ['UTF-16LE without a mark', Buffer.from('token here\n', 'utf16le'), 'utf16le'],
    [
      'a PNG header',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      undefined
    ],
    ['a few binary bytes that pair like UTF-16', Buffer.from([0x89, 0x50, 0, 1]), undefined],
    ['a gzip header', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), undefined],
    ['UTF-32LE', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), undefined]
  ])('%s', (_, head, reading) => {
    expect(textReadingOfHead(head)).toBe(reading)
  })

  it('writes back every piece byte for byte, lone surrogates and invalid UTF-8 included', () => {
    const pieces: [Buffer, 'bytes' | 'utf16le' | 'utf16be'][] = [
      [Buffer.from([0x43, 0x61, 0x66, 0xe9, 0xff, 0xc3]), 'bytes'],
      [Buffer.from('ok ✓\n'), 'bytes'],
      [Buffer.from([0x00, 0xd8, 0x41, 0x00]), 'utf16le'],
      [Buffer.from([0xd8, 0x00, 0x00, 0x41]), 'utf16be']
    ]
    for (const [bytes, reading] of pieces) {
      const piece = decodePiece(bytes, reading)
      expect(piece.toBytes(piece.text).equals(bytes)).toBe(true)
    }
  })
})
