/** Fault injection: which request gets which failure, counted from the moment of injection. */

export type Origin = 'api' | 'uploads' | 'storage'

export type Fault = {
  origin?: Origin
  method?: string
  path?: RegExp
  /** 1-based: the nth matching request from the moment of injection (default 1). */
  nth?: number
  /** How many consecutive matching requests get the fault (default 1). */
  times?: number
  kind: 'status' | 'reset' | 'starter' | 'truncate' | 'short'
  status?: number
  headers?: Record<string, string>
  body?: unknown
}

interface ActiveFault extends Fault {
  matched: number
  fired: number
}

export class Faults {
  private active: ActiveFault[] = []

  inject(fault: Fault): void {
    this.active.push({ ...fault, matched: 0, fired: 0 })
  }

  clear(): void {
    this.active = []
  }

  /** The fault for this request, if one is due. */
  due(origin: Origin, method: string, path: string): Fault | undefined {
    for (const f of this.active) {
      if (f.origin && f.origin !== origin) continue
      if (f.method && f.method.toUpperCase() !== method) continue
      if (f.path && !f.path.test(path)) continue
      f.matched++
      if (f.matched >= (f.nth ?? 1) && f.fired < (f.times ?? 1)) {
        f.fired++
        return f
      }
    }
    return undefined
  }
}
