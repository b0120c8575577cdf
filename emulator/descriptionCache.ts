/**
 * What the description check needs of GitHub's published descriptions, kept on disk between test
 * files. Every test file has its own module registry, so without this each one parsed the 13 MB
 * OpenAPI document and built the 5 MB GraphQL schema again: about half a second of CPU per file.
 *
 * - REST: the operations' query parameters and JSON request bodies, and the components they refer
 *   to, with everything the check does not read (responses, prose, examples) left out.
 * - GraphQL: the verdict on each query text, keyed by its SHA-256. The store sends a handful of
 *   fixed queries, so the schema is built only when a query is new to this cache.
 *
 * Both are keyed by the installed package's version and by this file's text, so an upgrade or a
 * change here starts afresh. Files are written to a temporary name and renamed, so parallel test
 * workers never read half a file.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
// Keyed by this file's own text too, so that a change to what is kept never reads an old cache.
const CACHE = join(
  ROOT,
  '.cache',
  'emulator',
  createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')
    .slice(0, 12)
)

/** An installed package's folder and version (resolve cannot see package.json past `exports`). */
function installed(pkg: string): { dir: string; version: string } {
  const dir = join(ROOT, 'node_modules', pkg)
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string
  }
  return { dir, version }
}

/** The value cached at `file`; undefined when there is none, or none that reads (it is rebuilt). */
function readCached<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

/** Writes `value` for the next test file, whole or not at all. */
function writeCached(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`
  writeFileSync(temporary, JSON.stringify(value))
  renameSync(temporary, file)
}

type Node = Record<string, unknown>

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])
const SCHEMA_KEYS = [
  '$ref',
  'type',
  'nullable',
  'enum',
  'required',
  'additionalProperties',
  'maxProperties'
]
const PARAMETER_KEYS = ['$ref', 'name', 'in', 'required']

/** The full description cut down to what `checkRest` reads, $refs kept and their targets with them. */
function compact(full: {
  paths: Record<string, Record<string, Node>>
  components: { schemas: Record<string, Node>; parameters: Record<string, Node> }
}): unknown {
  const components = {
    schemas: {} as Record<string, unknown>,
    parameters: {} as Record<string, unknown>
  }
  const follow = (ref: unknown): void => {
    if (typeof ref !== 'string') return
    const [, , section, name] = ref.split('/')
    if (section !== 'schemas' && section !== 'parameters') return
    if (name! in components[section]) return
    components[section][name!] = null // claimed first: a schema may refer to itself
    const target = full.components[section][name!]!
    components[section][name!] = section === 'schemas' ? schema(target) : parameter(target)
  }
  const pick = (node: Node, keys: string[]): Node => {
    const out: Node = {}
    for (const key of keys) if (key in node) out[key] = node[key]
    follow(node.$ref)
    return out
  }
  const schema = (node: Node): Node => {
    const out = pick(node, SCHEMA_KEYS)
    if (typeof out.additionalProperties === 'object')
      out.additionalProperties = schema(out.additionalProperties as Node)
    if (node.items) out.items = schema(node.items as Node)
    if (node.properties)
      out.properties = Object.fromEntries(
        Object.entries(node.properties as Record<string, Node>).map(([k, v]) => [k, schema(v)])
      )
    for (const key of ['oneOf', 'anyOf', 'allOf'])
      if (node[key]) out[key] = (node[key] as Node[]).map(schema)
    return out
  }
  const parameter = (node: Node): Node => {
    const out = pick(node, PARAMETER_KEYS)
    if (node.schema) out.schema = schema(node.schema as Node)
    return out
  }
  const paths: Record<string, Record<string, unknown>> = {}
  for (const [template, item] of Object.entries(full.paths)) {
    paths[template] = {}
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue
      const body = operation.requestBody as
        { required?: boolean; content?: Record<string, { schema?: Node }> } | undefined
      const json = body?.content?.['application/json']?.schema
      paths[template][method] = {
        ...(operation.parameters
          ? { parameters: (operation.parameters as Node[]).map(parameter) }
          : {}),
        ...(body
          ? {
              requestBody: {
                required: body.required,
                content: json ? { 'application/json': { schema: schema(json) } } : {}
              }
            }
          : {})
      }
    }
  }
  return { paths, components }
}

/** A REST description as `checkRest` reads it: from the cache, or cut from `@octokit/openapi`. */
export function restDescription<T>(name: string): T {
  const { dir, version } = installed('@octokit/openapi')
  const file = join(CACHE, `rest-${name}-${version}.json`)
  const hit = readCached<T>(file)
  if (hit !== undefined) return hit
  const full = JSON.parse(readFileSync(join(dir, 'generated', `${name}.json`), 'utf8'))
  const made = compact(full as Parameters<typeof compact>[0]) as T
  writeCached(file, made)
  return made
}

/** This file's verdicts by query hash, in front of the folder where they are kept on disk. */
const verdicts = new Map<string, string>()
let verdictFolder: string | undefined

/** Why GitHub's GraphQL schema refuses `query` ('' when it accepts it), decided once per query text. */
export async function graphqlVerdict(query: string): Promise<string> {
  const hash = createHash('sha256').update(query).digest('hex')
  const known = verdicts.get(hash)
  if (known !== undefined) return known
  verdictFolder ??= join(CACHE, `graphql-${installed('@octokit/graphql-schema').version}`)
  const file = join(verdictFolder, `${hash}.json`)
  let verdict = readCached<string>(file)
  if (verdict === undefined) {
    const { validate } = await import('@octokit/graphql-schema')
    try {
      verdict = validate(query)
        .map((e) => e.message)
        .join('; ')
    } catch (error) {
      // graphql-tag throws on a query that does not parse.
      verdict = (error as Error).message
    }
    writeCached(file, verdict)
  }
  verdicts.set(hash, verdict)
  return verdict
}
