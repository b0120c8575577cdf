import { run } from '../actions/prepareClaude.js'

await run()
