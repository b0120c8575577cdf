#!/usr/bin/env node
import { cli } from "../runners/index.js"

process.exitCode = await cli()
