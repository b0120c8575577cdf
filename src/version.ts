/**
 * What this build of claude-session is, and where it lives.
 *
 * PACKAGE_VERSION is package.json's version (scripts/release.mjs writes both; a test keeps them
 * equal). The rest is stamped into the bundle by scripts/bundle.mjs, which replaces the string
 * below with JSON read from package.json and git:
 *   - `home`: OWNER/NAME (and its host) from package.json's `repository`, which
 *     `npm run release` writes from the releasing clone's GitHub remote;
 *   - `tag`: `vX.Y.Z` when the bundle is that release (the tag is on its source commit, or
 *     scripts/release.mjs is making it);
 *   - `commit`: otherwise, the newest commit that changed anything but dist/ (so a fresh bundle
 *     of the commit that adds dist/ is byte for byte the same), and `dirty` when the work tree
 *     had uncommitted changes.
 * Run from source (tests, tsx) nothing is stamped: a dev version with no commit and no home.
 */
export const PACKAGE_VERSION = '1.1.0'

export interface BuildStamp {
  home?: ActionHome
  tag?: string
  commit?: string
  dirty?: boolean
}

/** A GitHub repository: `uses: OWNER/NAME@ref` on its host. */
interface ActionHome {
  host: string
  repository: string
}

// Replaced by scripts/bundle.mjs; left as is when run from source.
const STAMP = '@@CLAUDE_SESSION_BUILD_STAMP@@'

/** The stamp of this build (empty when run from source). */
export const BUILD: BuildStamp = STAMP.startsWith('{') ? (JSON.parse(STAMP) as BuildStamp) : {}

/**
 * `1.1.0` for the release, `1.1.0-dev+<sha7>` for a build between releases (`.dirty` when built
 * from uncommitted changes), `1.1.0-dev` from source.
 */
export function versionOf(build: BuildStamp, version = PACKAGE_VERSION): string {
  if (build.tag === `v${version}`) return version
  if (!build.commit) return `${version}-dev`
  return `${version}-dev+${build.commit.slice(0, 7)}${build.dirty ? '.dirty' : ''}`
}

/** The tool's version, recorded in metadata and printed by `--version`. */
export const TOOL_VERSION = versionOf(BUILD)

/**
 * The ref `init` pins in `uses:`: the release tag for a release, else the exact commit the build
 * came from; undefined when neither is known (run from source).
 */
export function actionRefOf(build: BuildStamp, version = PACKAGE_VERSION): string | undefined {
  if (build.tag === `v${version}`) return build.tag
  return build.commit
}
