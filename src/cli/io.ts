import type { Logger, ProgressCallback } from '../log.js'

export interface Io {
  out(text: string): void
  err(text: string): void
  /** stderr is a terminal: progress bars and prompts are possible. */
  interactive: boolean
  color: boolean
  quiet: boolean
  /** Reads the user's answer to a question; a terminal prompt on stdin when not given. */
  ask?(question: string): Promise<string>
}

let stdoutGuarded = false

/**
 * `claude-session list | head` closes stdout before we are done: the reader has all it wants,
 * which is no error (EPIPE would otherwise be an unhandled 'error' event and a stack trace).
 */
export function tolerateClosedStdout(): void {
  if (stdoutGuarded) return
  stdoutGuarded = true
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
}

export function processIo(quiet: boolean, env: NodeJS.ProcessEnv = process.env): Io {
  const interactive = process.stderr.isTTY === true
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    interactive,
    color: interactive && env.NO_COLOR === undefined,
    quiet
  }
}

/** "1 record", "2 records". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`
}

export function style(
  io: Io,
  code: 'green' | 'red' | 'yellow' | 'bold' | 'dim',
  text: string
): string {
  if (!io.color) return text
  const codes = { green: 32, red: 31, yellow: 33, bold: 1, dim: 2 }
  return `\u001b[${codes[code]}m${text}\u001b[0m`
}

/** Deep code's log lines go to stderr; `--quiet` keeps only warnings. */
export function cliLogger(io: Io, verbose = false): Logger {
  return {
    debug: (m) => {
      if (verbose) io.err(`${style(io, 'dim', m)}\n`)
    },
    info: (m) => {
      if (!io.quiet && verbose) io.err(`${m}\n`)
    },
    warning: (m) => io.err(`${style(io, 'yellow', '!')} ${m}\n`)
  }
}

/**
 * A progress bar on stderr for transfers that last more than a second, only on a terminal and
 * never with --quiet. Short transfers stay silent.
 */
export async function progressFor(
  io: Io,
  label: string
): Promise<{ onProgress?: ProgressCallback; done(): void }> {
  if (!io.interactive || io.quiet) return { done: () => undefined }
  const { default: cliProgress } = await import('cli-progress')
  const started = Date.now()
  let bar: InstanceType<typeof cliProgress.SingleBar> | undefined
  return {
    onProgress: (transferred, total) => {
      if (!bar && Date.now() - started < 1000) return
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {percentage}% {value}/{total} bytes`,
            stream: process.stderr,
            hideCursor: true
          },
          cliProgress.Presets.shades_classic
        )
        bar.start(total, transferred)
      }
      bar.update(transferred)
    },
    done: () => bar?.stop()
  }
}
