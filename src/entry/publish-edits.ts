import { run } from '../actions/publishEdits.js'

await run()
