import { cleanup } from "../runners/index.js"

await cleanup()
