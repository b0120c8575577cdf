/**
 * The secret scan alone, in one process (`node --import tsx bench/scanPhase.ts <transcript>`):
 * prints the milliseconds `scanFile` took and how many findings it made, as JSON. Used when the
 * bundled save has no switch to skip the scan, so the scan's share can still be measured.
 */
import { scanFile } from '../src/archive/index.js'

const path = process.argv[2]
if (!path) throw new Error('usage: scanPhase.ts <transcript.jsonl>')
const t0 = performance.now()
const findings = await scanFile(path)
const ms = performance.now() - t0
process.stdout.write(JSON.stringify({ ms, findings: findings.length }) + '\n')
