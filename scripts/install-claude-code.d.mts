/** The Claude Code version the end-to-end test pins (the one docs/facts.md was verified against). */
export declare const CLAUDE_CODE_VERSION: string
export declare const installDir: string
/** The installed binary's path, when the pinned version is installed and really runs. */
export declare function installedClaudeBinary(): string | undefined
