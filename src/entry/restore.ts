import { run } from '../actions/restore.js'

await run()
