// Preloaded into a measured process (`node --require bench/peak-rss.cjs …`): writes its peak
// resident set size in kilobytes to BENCH_RSS_FILE when it exits.
//
// Linux's VmHWM (/proc/self/status), not `process.resourceUsage().maxRSS`: getrusage's ru_maxrss
// survives fork + exec, so a child spawned by a large parent (this bench holds the emulator's
// stored archives in memory) reports at least the parent's RSS at the fork (getrusage(2), "ru_maxrss").
// VmHWM is the high-water mark of the process's own address space, which exec creates fresh.
const { readFileSync, writeFileSync } = require('node:fs')
function peakKB() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (hwm) return Number(hwm[1])
  } catch {
    // Not Linux: fall back to getrusage, which may include the parent's RSS at the fork.
  }
  return process.resourceUsage().maxRSS
}
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(peakKB()))
})
