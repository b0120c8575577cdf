// @actions/core's OIDC client, left out of the bundle (scripts/bundle.mjs): nothing here asks
// for an ID token, and the real one pulls in @actions/http-client and undici.
export class OidcClient {
  static async getIDToken() {
    throw new Error("core.getIDToken is not bundled (scripts/bundle.mjs stubs it)")
  }
}
