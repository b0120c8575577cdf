import { publishEdits } from "../runners/index.js"

await publishEdits()
