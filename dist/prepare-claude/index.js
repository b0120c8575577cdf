import { prepareClaude } from "../runners/index.js"

await prepareClaude()
