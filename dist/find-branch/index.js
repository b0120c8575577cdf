import { findBranch } from "../runners/index.js"

await findBranch()
