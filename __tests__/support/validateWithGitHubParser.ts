/**
 * Validates workflow and action files with GitHub's own parser, @actions/workflow-parser, and
 * prints `{ file: errors[] }` as JSON. It runs under tsx in a child process: the parser imports
 * its JSON schemas without an import attribute, which Node's own ESM loader (and so jest's ESM
 * mode) refuses (https://nodejs.org/api/esm.html#json-modules), while tsx's loader serves them as modules.
 */
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { readFileSync } from 'node:fs'

const result: Record<string, string[]> = {}
for (const [kind, path] of process.argv
  .slice(2)
  .map((a) => a.split('=') as ['workflow' | 'action', string])) {
  const file = { name: path, content: readFileSync(path, 'utf8') }
  const parsed =
    kind === 'workflow'
      ? parseWorkflow(file, new NoOperationTraceWriter())
      : parseAction(file, new NoOperationTraceWriter())
  result[path] = parsed.context.errors.getErrors().map((e) => e.message)
}
process.stdout.write(JSON.stringify(result))
