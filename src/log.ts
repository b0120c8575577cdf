/**
 * The one logging seam of deep code: the actions pass `@actions/core`, the CLI a stderr writer.
 * Deep code never writes to the console itself.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined
}

/** Called as bytes move; `total` is known for every transfer we make (Content-Length is required). */
export type ProgressCallback = (transferred: number, total: number) => void
