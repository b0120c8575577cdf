/**
 * Holds a request against GitHub's published REST description (@octokit/openapi, see
 * docs/facts.md): the operation must exist for the method and path, query parameters must be
 * declared with the right type, and a JSON body must match the operation's `requestBody` schema
 * (required properties, types, additionalProperties, maxProperties). Returns what is wrong.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

type Schema = {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  maxProperties?: number
  items?: Schema
  enum?: unknown[]
  oneOf?: Schema[]
  anyOf?: Schema[]
  allOf?: Schema[]
}
type Parameter = { $ref?: string; name: string; in: string; required?: boolean; schema?: Schema }
type Operation = {
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> }
}
type Description = {
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}

export type DescriptionName = 'api.github.com' | 'ghes-3.17'

const loaded = new Map<DescriptionName, Description>()

function description(name: DescriptionName): Description {
  let d = loaded.get(name)
  if (!d) {
    const require = createRequire(import.meta.url)
    const path = require.resolve(`@octokit/openapi/generated/${name}.json`)
    d = JSON.parse(readFileSync(path, 'utf8')) as Description
    loaded.set(name, d)
  }
  return d
}

function resolve<T extends { $ref?: string }>(d: Description, value: T): T {
  let v = value
  while (v.$ref) {
    const [, section, key] = /^#\/components\/([^/]+)\/(.+)$/.exec(v.$ref) ?? []
    v = d.components[section!]![key!] as T
  }
  return v
}

export function validateRequest(
  name: DescriptionName,
  method: string,
  pathname: string,
  query: URLSearchParams,
  body: unknown
): string[] {
  const d = description(name)
  const problems: string[] = []
  const m = method.toLowerCase()
  const template = Object.keys(d.paths).find(
    (t) => d.paths[t]![m] && new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname)
  )
  if (!template) return [`${method} ${pathname} is not an operation of ${name}`]
  const op = d.paths[template]![m]!
  const params = (op.parameters ?? []).map((p) => resolve(d, p))
  for (const [key, value] of query) {
    const p = params.find((x) => x.in === 'query' && x.name === key)
    if (!p) problems.push(`query parameter ${key} is not declared for ${method} ${template}`)
    else if (p.schema)
      problems.push(...check(d, resolve(d, p.schema), coerce(value, p.schema), key))
  }
  for (const p of params)
    if (p.in === 'query' && p.required && !query.has(p.name))
      problems.push(`query parameter ${p.name} is required`)
  const schema = op.requestBody?.content['application/json']?.schema
  if (body === undefined) {
    if (op.requestBody?.required) problems.push(`${method} ${template} requires a JSON body`)
  } else if (!schema) {
    problems.push(`${method} ${template} takes no JSON body`)
  } else {
    problems.push(...check(d, resolve(d, schema), body, 'body'))
  }
  return problems
}

function coerce(value: string, schema: Schema): unknown {
  if (schema.type === 'integer' || schema.type === 'number')
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
  if (schema.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value
  return value
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function check(d: Description, schema: Schema, value: unknown, at: string): string[] {
  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives) {
    const fits = alternatives.some((s) => check(d, resolve(d, s), value, at).length === 0)
    return fits ? [] : [`${at} matches none of the allowed shapes`]
  }
  if (schema.allOf) return schema.allOf.flatMap((s) => check(d, resolve(d, s), value, at))
  const problems: string[] = []
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type]
    const actual = typeOf(value)
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'))
    if (!ok) return [`${at} is ${actual}, expected ${types.join(' or ')}`]
  }
  if (schema.enum && !schema.enum.includes(value))
    problems.push(`${at} is not one of ${schema.enum.join(', ')}`)
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>
    for (const key of schema.required ?? [])
      if (!(key in object)) problems.push(`${at}.${key} is required`)
    if (schema.maxProperties !== undefined && Object.keys(object).length > schema.maxProperties)
      problems.push(`${at} has more than ${schema.maxProperties} properties`)
    for (const [key, v] of Object.entries(object)) {
      const property = schema.properties?.[key]
      if (property) problems.push(...check(d, resolve(d, property), v, `${at}.${key}`))
      else if (schema.additionalProperties === false)
        problems.push(`${at}.${key} is not a known property`)
      else if (typeof schema.additionalProperties === 'object')
        problems.push(...check(d, resolve(d, schema.additionalProperties), v, `${at}.${key}`))
    }
  }
  if (typeOf(value) === 'array' && schema.items)
    (value as unknown[]).forEach((v, i) =>
      problems.push(...check(d, resolve(d, schema.items!), v, `${at}[${i}]`))
    )
  return problems
}
