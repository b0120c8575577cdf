/**
 * A UUID as Claude Code writes session ids (docs/facts.md#session-location), in either case: the one pattern for
 * session ids on disk, in asset names and in metadata.
 */
export const UUID_PATTERN =
  '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'

const UUID = new RegExp(`^${UUID_PATTERN}$`)

export function isUuid(value: string): boolean {
  return UUID.test(value)
}
