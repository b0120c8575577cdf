/**
 * How the emulator answers a GraphQL query that GitHub's schema accepted (description.ts checks
 * that first): the query is parsed, and only the fields it selects are answered, from objects
 * whose fields are plain values or functions of the field's arguments. A field the emulator does
 * not serve is an error, never a silent null: a test must not pass on data GitHub would have sent.
 *
 * Connections follow GitHub's rules (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#node-limit):
 * `first` or `last` is required and at most 100. What GitHub answers otherwise is quoted in
 * docs/facts.md ("GraphQL connections").
 */
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode
} from 'graphql'

/** One entry of GraphQL's `errors`, shaped as GitHub sends it. */
interface GraphqlErrorEntry {
  type?: string
  path?: (string | number)[]
  locations?: { line: number; column: number }[]
  message: string
}

/** Thrown by a field: the whole query fails, as GitHub's pagination checks fail it. */
class QueryError extends Error {
  constructor(readonly entry: GraphqlErrorEntry) {
    super(entry.message)
  }
}

/** What a field function gets besides its arguments. */
export interface FieldContext {
  path: (string | number)[]
  locations: { line: number; column: number }[]
  /** A field error beside data (e.g. NOT_FOUND next to `repository: null`). */
  addError(entry: GraphqlErrorEntry): void
}

type FieldFunction = (args: Record<string, unknown>, context: FieldContext) => unknown

export interface Answered {
  data?: unknown
  errors?: GraphqlErrorEntry[]
}

/** The answer to `query` over `root`, selecting exactly what the query asks for. */
export function answerQuery(
  query: string,
  variables: Record<string, unknown>,
  root: Record<string, unknown>
): Answered {
  const document = parse(query)
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)
  if (!operation) return { errors: [{ message: 'No operation given' }] }
  const errors: GraphqlErrorEntry[] = []
  const select = (set: SelectionSetNode, value: unknown, path: (string | number)[]): unknown => {
    if (value === null || value === undefined) return null
    if (Array.isArray(value)) return value.map((v, i) => select(set, v, [...path, i]))
    const object = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const field of fieldsOf(set, fragments)) {
      const name = field.name.value
      const key = field.alias?.value ?? name
      const where = [...path, key]
      if (name === '__typename') {
        out[key] = object.__typename ?? null
        continue
      }
      if (!(name in object))
        throw new QueryError({
          path: where,
          message: `unsupported in emulator: ${where.join('.')}`
        })
      const raw = object[name]
      const args = Object.fromEntries(
        (field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)])
      )
      const locations = field.loc
        ? [{ line: field.loc.startToken.line, column: field.loc.startToken.column }]
        : []
      const resolved =
        typeof raw === 'function'
          ? (raw as FieldFunction)(args, {
              path: where,
              locations,
              addError: (e) => errors.push(e)
            })
          : raw
      out[key] = field.selectionSet ? select(field.selectionSet, resolved, where) : resolved
    }
    return out
  }
  try {
    const data = select(operation.selectionSet, root, [])
    return errors.length ? { data, errors } : { data }
  } catch (error) {
    if (error instanceof QueryError) return { errors: [error.entry] }
    throw error
  }
}

/** The fields of a selection set, fragments spread in (their type conditions are not checked). */
function fieldsOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>
): FieldNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s]
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsOf(s.selectionSet, fragments)
    const fragment = fragments.get(s.name.value)
    return fragment ? fieldsOf(fragment.selectionSet, fragments) : []
  })
}

/** GitHub's most a connection serves in one page (the node limit, see above). */
const PAGE_LIMIT = 100

/**
 * One page of `items` (already in the connection's order) as GitHub pages a connection: `nodes`,
 * `edges`, `pageInfo` and `totalCount`. A cursor names an item's sort key, so an item deleted
 * between two pages does not break the walk. `sortKey` values compare as the order does.
 */
export function connection<T>(
  items: T[],
  args: Record<string, unknown>,
  context: FieldContext,
  how: { name: string; sortKey: (item: T) => (string | number)[]; descending?: boolean }
): Record<string, unknown> {
  const first = args.first as number | null | undefined
  const last = args.last as number | null | undefined
  const fail = (type: string, message: string): never => {
    throw new QueryError({ type, path: context.path, locations: context.locations, message })
  }
  if (first == null && last == null)
    fail(
      'MISSING_PAGINATION_BOUNDARIES',
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${how.name}\` connection.`
    )
  for (const [bound, value] of [
    ['first', first],
    ['last', last]
  ] as const) {
    if (value != null && value > PAGE_LIMIT)
      fail(
        'EXCESSIVE_PAGINATION',
        `Requesting ${value} records on the \`${how.name}\` connection exceeds the \`${bound}\` limit of ${PAGE_LIMIT} records.`
      )
  }
  const cursorOf = (item: T): string =>
    Buffer.from(JSON.stringify(how.sortKey(item))).toString('base64')
  const keyOf = (cursor: unknown): (string | number)[] | undefined => {
    if (typeof cursor !== 'string') return undefined
    try {
      return JSON.parse(Buffer.from(cursor, 'base64').toString()) as (string | number)[]
    } catch {
      return fail('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`)
    }
  }
  // Position of the first item that comes after `key` in the connection's order.
  const sign = how.descending ? -1 : 1
  const after = (key: (string | number)[]): number => {
    const i = items.findIndex((item) => sign * compareKeys(how.sortKey(item), key) > 0)
    return i === -1 ? items.length : i
  }
  const afterKey = keyOf(args.after)
  const beforeKey = keyOf(args.before)
  let start = afterKey ? after(afterKey) : 0
  let end = beforeKey
    ? items.findIndex((item) => sign * compareKeys(how.sortKey(item), beforeKey) >= 0)
    : items.length
  if (end === -1) end = items.length
  if (first != null) end = Math.min(end, start + Math.max(0, first))
  if (last != null) start = Math.max(start, end - Math.max(0, last))
  const page = items.slice(start, Math.max(start, end))
  return {
    totalCount: items.length,
    nodes: page,
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: page.length ? cursorOf(page[0]!) : null,
      endCursor: page.length ? cursorOf(page[page.length - 1]!) : null
    }
  }
}

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (x === undefined) return -1
    if (y === undefined) return 1
    return x < y ? -1 : 1
  }
  return 0
}
