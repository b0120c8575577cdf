import { save } from "../runners/index.js"

await save()
