import { createReadStream } from 'node:fs'

/** Whether a file contains any of the byte strings: streaming, with overlap across chunk edges. */
export async function fileIncludes(path: string, needles: Buffer[]): Promise<boolean> {
  const overlap = Math.max(...needles.map((n) => n.length)) - 1
  let carry: Buffer = Buffer.alloc(0)
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const window: Buffer =
      carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer)
    if (needles.some((n) => window.includes(n))) return true
    carry = window.subarray(Math.max(0, window.length - overlap))
  }
  return false
}
