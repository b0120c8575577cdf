/**
 * The physical floor measured in the same run: system `tar czf` of the same files plus one raw
 * upload of the bytes it made (save); one raw download of the stored archive plus `tar xzf`
 * (restore). Done by the bench's own process, with no process start.
 */
import { spawnSync } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { request } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Emulator } from '../emulator/releasesEmulator.js'

export function timeCommand(command: string, args: string[], cwd: string): number {
  const t0 = performance.now()
  const result = spawnSync(command, args, { cwd, stdio: 'ignore' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`)
  return performance.now() - t0
}

/** One raw upload of a file's bytes to the emulator: the network part of the save's floor. */
export async function rawUpload(
  emu: Emulator,
  repo: string,
  token: string,
  path: string,
  name: string
): Promise<number> {
  const release = emu.seedRelease(repo, { tag_name: `floor-${name}`, draft: true })
  const size = (await stat(path)).size
  const url = new URL(`${emu.uploadsUrl}/repos/${repo}/releases/${release.id}/assets?name=${name}`)
  const t0 = performance.now()
  await new Promise<void>((done, fail) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `token ${token}`,
          'content-length': size,
          'content-type': 'application/gzip'
        }
      },
      (res) => {
        res.resume()
        res.on('end', () =>
          res.statusCode === 201 ? done() : fail(new Error(`upload ${res.statusCode}`))
        )
      }
    )
    req.on('error', fail)
    createReadStream(path).pipe(req)
  })
  return performance.now() - t0
}

/** One raw download (API hop, then signed storage) of a stored asset: the restore's network floor. */
export async function rawDownload(
  emu: Emulator,
  repo: string,
  token: string,
  assetId: number,
  dest: string
): Promise<number> {
  const t0 = performance.now()
  const hop = await fetch(`${emu.apiUrl}/repos/${repo}/releases/assets/${assetId}`, {
    headers: { authorization: `token ${token}`, accept: 'application/octet-stream' },
    redirect: 'manual'
  })
  const location = hop.headers.get('location')
  if (!location) throw new Error(`download answered ${hop.status}`)
  const res = await fetch(location)
  await pipeline(
    Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
    createWriteStream(dest)
  )
  return performance.now() - t0
}
