// A loopback stand-in for Anthropic's Messages API, so the real Claude Code CLI can run offline
// (ANTHROPIC_BASE_URL=<url>, docs/facts.md, its opening paragraph). It records every request body, so a test
// can check which earlier turns of a resumed conversation Claude Code sent, and answers every turn
// with one fixed assistant text and no tool use, so Claude Code never acts on the machine.
//
// Claude Code 2.1.331 with CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1 was seen to call only
// `POST /v1/messages?beta=true` with `stream: true`, once per turn; the non-streaming form and
// `count_tokens` are answered too in case another version asks for them.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path and query, e.g. `/v1/messages?beta=true`. */
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface MessagesStandIn {
  /** Base URL for ANTHROPIC_BASE_URL, e.g. `http://127.0.0.1:43123`. */
  url: string
  /** The assistant text every turn is answered with. */
  reply: string
  /** Every request received, oldest first. */
  requests: RecordedRequest[]
  /** The `POST /v1/messages` requests received (index >= `since`), oldest first. */
  messageRequests(since?: number): RecordedRequest[]
  close(): Promise<void>
}

interface MessagesBody {
  model?: string
  stream?: boolean
  messages?: Array<{ role?: string; content?: unknown }>
}

/** Every text in a Messages request's `messages` array (string contents and `text` blocks). */
export function messageTexts(request: RecordedRequest): string[] {
  const body = parseBody(request.body)
  const texts: string[] = []
  for (const message of body?.messages ?? []) {
    if (typeof message.content === 'string') {
      texts.push(message.content)
    } else if (Array.isArray(message.content)) {
      for (const block of message.content as Array<{ type?: string; text?: unknown }>) {
        if (typeof block.text === 'string') texts.push(block.text)
      }
    }
  }
  return texts
}

function parseBody(body: string): MessagesBody | undefined {
  try {
    return JSON.parse(body) as MessagesBody
  } catch {
    return undefined
  }
}

export async function startMessagesStandIn(
  options: { reply?: string } = {}
): Promise<MessagesStandIn> {
  const reply = options.reply ?? 'Noted. This answer comes from the Messages API stand-in.'
  const requests: RecordedRequest[] = []
  let counter = 0

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const url = req.url ?? '/'
      requests.push({ method: req.method ?? 'GET', url, headers: req.headers, body })
      const path = url.split('?')[0]
      if (req.method === 'POST' && path === '/v1/messages') {
        const parsed = parseBody(body)
        const id = `msg_standin_${++counter}`
        const model = parsed?.model ?? 'claude-stand-in'
        if (parsed?.stream) streamMessage(res, id, model, reply)
        else sendJson(res, 200, message(id, model, reply))
      } else if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
        sendJson(res, 200, { input_tokens: Math.ceil(body.length / 4) })
      } else {
        // The Messages API's own error shape, so a client that probes something else fails cleanly.
        sendJson(res, 404, {
          type: 'error',
          error: { type: 'not_found_error', message: `${req.method} ${path} is not served here` }
        })
      }
    })
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    reply,
    requests,
    messageRequests: (since = 0) =>
      requests
        .slice(since)
        .filter((r) => r.method === 'POST' && r.url.split('?')[0] === '/v1/messages'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve()))
      })
  }
}

function message(id: string, model: string, text: string) {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 10 }
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

// The event sequence of a streamed Messages response with one text block.
function streamMessage(res: ServerResponse, id: string, model: string, text: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  const event = (type: string, data: object) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`)
  event('message_start', {
    message: {
      ...message(id, model, ''),
      content: [],
      stop_reason: null,
      usage: { input_tokens: 10, output_tokens: 1 }
    }
  })
  event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } })
  event('content_block_delta', { index: 0, delta: { type: 'text_delta', text } })
  event('content_block_stop', { index: 0 })
  event('message_delta', {
    delta: { stop_reason: 'end_turn', stop_sequence: null },
    usage: { output_tokens: 10 }
  })
  event('message_stop', {})
  res.end()
}
