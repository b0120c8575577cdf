// @actions/core's `platform`, left out of the bundle (scripts/bundle.mjs): getDetails needs
// @actions/exec, which nothing else in an action that does not run git loads.
import os from "node:os"
export const platform = os.platform()
export const arch = os.arch()
export const isWindows = platform === "win32"
export const isMacOS = platform === "darwin"
export const isLinux = platform === "linux"
export async function getDetails() {
  throw new Error("core.platform.getDetails is not bundled (scripts/bundle.mjs stubs it)")
}
