/**
 * A typed fake of `@actions/core`, registered with `jest.unstable_mockModule` before the action
 * under test is imported (as the actions/typescript-action template does). Inputs come from
 * `inputs`; everything the action reports is recorded by the jest.fn()s.
 */
import type * as core from '@actions/core'
import { jest } from '@jest/globals'

export const inputs: Record<string, string> = {}

export const getInput = jest.fn<typeof core.getInput>((name, options) => {
  const value = (inputs[name] ?? '').trim()
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
  return value
})
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>((name) => {
  const value = (inputs[name] ?? 'false').trim()
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE', ''].includes(value)) return false
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
})
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const exportVariable = jest.fn<typeof core.exportVariable>()
export const saveState = jest.fn<typeof core.saveState>()
export const getState = jest.fn<typeof core.getState>(() => '')
export const setFailed = jest.fn<typeof core.setFailed>()
export const debug = jest.fn<typeof core.debug>()
export const info = jest.fn<typeof core.info>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()

/** The job summary is written only when GITHUB_STEP_SUMMARY is set; tests leave it unset. */
export const summary = {
  addHeading: () => summary,
  addTable: () => summary,
  addLink: () => summary,
  write: async () => summary
} as unknown as typeof core.summary

/** Clears recorded calls and inputs between tests. */
export function resetCore(values: Record<string, string> = {}): void {
  for (const key of Object.keys(inputs)) delete inputs[key]
  Object.assign(inputs, values)
  for (const fn of [
    getInput,
    getBooleanInput,
    setSecret,
    setOutput,
    exportVariable,
    saveState,
    getState,
    setFailed,
    debug,
    info,
    notice,
    warning,
    error
  ])
    fn.mockClear()
}
