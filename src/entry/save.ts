import { run } from '../actions/save.js'

await run()
