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

/**
 * Every `.ts` file below `root` with the files it imports by relative path: static imports and
 * re-exports, `import type` included (a type import ties two modules as much as a value import),
 * and `import()`.
 */
export async function importGraph(root: string): Promise<Map<string, string[]>> {
  const { readdir } = await import('node:fs/promises')
  const files = (await readdir(root, { recursive: true }))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => resolve(root, name))
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    const specifiers = [...text.matchAll(/(?:\bfrom\s*|^import\s*|\bimport\()'(\.[^']+)'/gm)]
    graph.set(
      file,
      specifiers.map(([, s]) => resolve(dirname(file), s!.replace(/\.js$/, '.ts')))
    )
  }
  return graph
}

/** The import circles of `graph`: each a list of files that import one another, directly or not. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  // Tarjan's strongly connected components; a component of two or more files is a circle.
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const circles: string[][] = []
  const visit = (file: string): void => {
    index.set(file, next)
    low.set(file, next++)
    stack.push(file)
    onStack.add(file)
    for (const to of graph.get(file) ?? []) {
      if (!graph.has(to)) continue
      if (!index.has(to)) {
        visit(to)
        low.set(file, Math.min(low.get(file)!, low.get(to)!))
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!))
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== file)
      if (component.length > 1 || graph.get(file)!.includes(file)) circles.push(component.sort())
    }
  }
  for (const file of graph.keys()) if (!index.has(file)) visit(file)
  return circles
}
