import { restore } from "../runners/index.js"

await restore()
