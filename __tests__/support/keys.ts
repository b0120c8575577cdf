import type { EncryptionKey } from '../../src/archive/index.js'

/**
 * A passphrase key that runs scrypt at 2^10 instead of age's 2^18: the same code path (the scrypt
 * stanza, the keyed digests) for a few milliseconds instead of about a second of CPU each time.
 * Tests about the cost itself use age's default (archive/encryption.test.ts pins it).
 */
export const cheapPassphrase = (passphrase: string): EncryptionKey => ({
  passphrase,
  scryptWorkFactor: 10
})
