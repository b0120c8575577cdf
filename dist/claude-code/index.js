import { claudeCode } from "../runners/index.js"

await claudeCode()
