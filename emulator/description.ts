/**
 * Holds every request the emulator serves on its API origin to GitHub's own published description
 * of its API — the REST OpenAPI document in `@octokit/openapi` and the GraphQL schema in
 * `@octokit/graphql-schema` — so that a request GitHub would refuse is refused here too, instead of
 * passing because the emulator happens to be lenient.
 */
import { graphqlVerdict, restDescription } from './descriptionCache.js'
import { compileTemplate, matchTemplate, type CompiledTemplate } from './paths.js'

interface Schema {
  $ref?: string
  type?: string
  nullable?: boolean
  enum?: unknown[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  maxProperties?: number
  items?: Schema
  oneOf?: Schema[]
  anyOf?: Schema[]
  allOf?: Schema[]
}

interface Parameter {
  $ref?: string
  name: string
  in: 'query' | 'path' | 'header'
  required?: boolean
  schema?: Schema
}

interface Operation {
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> }
}

interface Description {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter> }
}

interface PathEntry extends CompiledTemplate {
  operations: Record<string, Operation>
}

export interface RequestToCheck {
  method: string
  pathname: string
  query: URLSearchParams
  body: Buffer
}

/** What GitHub would answer instead: 404 for an operation it does not have, 422 for a bad request. */
export interface Refusal {
  status: 404 | 422
  problem: string
}

/** The descriptions the emulator holds requests to: github.com's, and the oldest and newest GHES ones. */
export type DescriptionName = 'api.github.com' | 'ghes-3.17' | 'ghes-3.19'

interface Loaded {
  description: Description
  paths: PathEntry[]
}

const loaded = new Map<DescriptionName, Loaded>()

/** A description, read once per test file (the parts the check reads: descriptionCache.ts). */
function load(name: DescriptionName): Loaded {
  let entry = loaded.get(name)
  if (!entry) {
    const parsed = restDescription<Description>(name)
    const paths = Object.entries(parsed.paths).map(([template, operations]) => ({
      ...compileTemplate(template),
      operations
    }))
    entry = { description: parsed, paths }
    loaded.set(name, entry)
  }
  return entry
}

function deref<T extends { $ref?: string }>(d: Description, node: T): T {
  if (!node.$ref) return node
  const [, , section, name] = node.$ref.split('/')
  const components = d.components as unknown as Record<string, Record<string, T>>
  return deref(d, components[section!]![name!]!)
}

/** Why `value` does not fit `schema`, or undefined when it does. `at` names the place, as GitHub does. */
function misfit(d: Description, raw: Schema, value: unknown, at: string): string | undefined {
  const schema = deref(d, raw)
  if (schema.allOf) {
    for (const part of schema.allOf) {
      const why = misfit(d, part, value, at)
      if (why) return why
    }
  }
  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives) {
    const whys = alternatives.map((part) => misfit(d, part, value, at))
    if (whys.every((why) => why !== undefined)) return whys[0]
  }
  if (value === null) return schema.nullable || !schema.type ? undefined : `${at} is null`
  if (schema.enum && !schema.enum.includes(value))
    return `${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`
  const isType: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    integer: (v) => Number.isInteger(v),
    number: (v) => typeof v === 'number',
    boolean: (v) => typeof v === 'boolean',
    array: (v) => Array.isArray(v),
    object: (v) => typeof v === 'object' && !Array.isArray(v)
  }
  if (schema.type && !isType[schema.type]?.(value))
    return `${at}: ${JSON.stringify(value)} is not ${article(schema.type)} ${schema.type}`
  if (Array.isArray(value) && schema.items) {
    for (const [i, item] of value.entries()) {
      const why = misfit(d, schema.items, item, `${at}/${i}`)
      if (why) return why
    }
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>
    for (const name of schema.required ?? [])
      if (!(name in object)) return `${at}: "${name}" wasn't supplied`
    if (schema.maxProperties !== undefined && Object.keys(object).length > schema.maxProperties)
      return `${at}: more than ${schema.maxProperties} properties`
    for (const [name, v] of Object.entries(object)) {
      const property = schema.properties?.[name]
      if (property) {
        const why = misfit(d, property, v, `${at}/${name}`)
        if (why) return why
      } else if (schema.additionalProperties === false) {
        return `${at}: "${name}" is not a permitted key`
      } else if (typeof schema.additionalProperties === 'object') {
        const why = misfit(d, schema.additionalProperties, v, `${at}/${name}`)
        if (why) return why
      }
    }
  }
  return undefined
}

/** A query parameter arrives as text: does it read as the declared type? */
function queryMisfit(d: Description, parameter: Parameter, text: string): string | undefined {
  const schema = deref<Schema>(d, parameter.schema ?? {})
  const reads: Record<string, boolean> = {
    integer: /^-?\d+$/.test(text),
    number: text.trim() !== '' && !Number.isNaN(Number(text)),
    boolean: text === 'true' || text === 'false'
  }
  if (schema.type && reads[schema.type] === false)
    return `query "${parameter.name}": "${text}" is not ${article(schema.type)} ${schema.type}`
  if (schema.enum && !schema.enum.includes(text))
    return `query "${parameter.name}": "${text}" is not one of ${JSON.stringify(schema.enum)}`
  return undefined
}

/** How GitHub's description judges a REST request: undefined when it would accept it. */
export function checkRest(
  request: RequestToCheck,
  name: DescriptionName = 'api.github.com'
): Refusal | undefined {
  const { description: d, paths } = load(name)
  const found = matchTemplate(paths, request.pathname)
  const operation = found?.match.operations[request.method.toLowerCase()]
  if (!found || !operation)
    return { status: 404, problem: `no operation ${request.method} ${request.pathname}` }
  for (const parameter of (operation.parameters ?? []).map((p) => deref(d, p))) {
    if (parameter.in !== 'query') continue
    const text = request.query.get(parameter.name)
    if (text === null) {
      if (parameter.required) return { status: 422, problem: `query "${parameter.name}" missing` }
      continue
    }
    const why = queryMisfit(d, parameter, text)
    if (why) return { status: 422, problem: why }
  }
  const schema = operation.requestBody?.content?.['application/json']?.schema
  if (!schema) return undefined
  if (request.body.length === 0)
    return operation.requestBody?.required ? { status: 422, problem: 'body missing' } : undefined
  let value: unknown
  try {
    value = JSON.parse(request.body.toString())
  } catch {
    return { status: 422, problem: 'body is not JSON' }
  }
  const why = misfit(d, schema, value, 'body')
  return why ? { status: 422, problem: why } : undefined
}

/**
 * The top-level keys a JSON request body may carry, as the description lists them; undefined when
 * it describes no such body. GitHub refuses others on some endpoints (workflowsEmulator.ts).
 */
export function bodyKeys(
  method: string,
  template: string,
  name: DescriptionName = 'api.github.com'
): string[] | undefined {
  const { description: d } = load(name)
  const operation = d.paths[template]?.[method.toLowerCase()]
  const schema = operation?.requestBody?.content?.['application/json']?.schema
  return schema ? Object.keys(deref(d, schema).properties ?? {}) : undefined
}

/** GraphQL queries are validated against GitHub's schema; undefined when the query is valid. */
export async function checkGraphql(body: Buffer): Promise<string | undefined> {
  let query: unknown
  try {
    query = (JSON.parse(body.toString()) as { query?: unknown }).query
  } catch {
    return 'body is not JSON'
  }
  if (typeof query !== 'string') return 'no query'
  return (await graphqlVerdict(query)) || undefined
}

/** "an integer", "an object", "a string": as GitHub's messages read. */
function article(type: string): string {
  return /^[aeiou]/.test(type) ? 'an' : 'a'
}
