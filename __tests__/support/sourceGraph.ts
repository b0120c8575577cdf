import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/**
 * The source files reachable from `entry`: `next` reads one file's text and names the relative
 * specifiers (`./x.js`) it follows from there; each is read once, as its `.ts` source.
 */
export async function reachableSources(
  entry: string,
  next: (file: string, text: string) => string[]
): Promise<Set<string>> {
  const seen = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    for (const specifier of next(file, await readFile(file, 'utf8')))
      queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')))
  }
  return seen
}
