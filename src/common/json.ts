/** Any non-null object: what a parsed JSON answer or a thrown value may be read as, field by field. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** A JSON object, not an array: what a metadata file, an index or a transcript record must be. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !Array.isArray(value)
}
