/** The tool's version, recorded in metadata and printed by `--version`. Kept equal to package.json by a test. */
export const TOOL_VERSION = '1.0.0'
