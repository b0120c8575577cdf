/**
 * Secrets in the shapes real tokens have today, assembled at run time so that this file holds
 * none (and push protection has nothing to block). `secrets` are the parts that must never
 * travel; `rule` is the rule that must report them.
 */
export interface SecretShape {
  kind: string
  rule: string
  /** What is planted in the decoded text. */
  text: string
  /** Substrings of `text` that no decoding of an uploaded line may contain. */
  secrets: string[]
}

const ALNUM = 'aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zCfLoZ'
const URLSAFE = ALNUM + '_-'

/** A deterministic run of `n` characters of `alphabet`, varied by `seed`. */
export function run(n: number, seed = 1, alphabet = ALNUM): string {
  let out = ''
  for (let i = 0; i < n; i++) out += alphabet[(i * (seed * 2 + 5) + seed * 3) % alphabet.length]
  return out
}

export function secretShapes(seed = 1): SecretShape[] {
  const awsSecret = run(40, seed)
  const pemBody = ['MIIEpAIBAAKCAQEA' + run(48, seed), run(64, seed + 1), run(64, seed + 2)]
  const pem = (label: string): string =>
    `-----BEGIN ${label}-----\n${pemBody.join('\n')}\n-----END ${label}-----`
  const one = (kind: string, rule: string, text: string): SecretShape => ({
    kind,
    rule,
    text,
    secrets: [text]
  })
  return [
    one('github classic', 'github', 'gh' + 'p_' + run(36, seed)),
    one('github fine-grained', 'github', 'github' + '_pat_' + run(22, seed) + '_' + run(59, seed)),
    one('github actions', 'github', 'gh' + 's_' + run(36, seed + 3)),
    one('anthropic api key', 'anthropic', 'sk-' + 'ant-api03-' + run(93, seed, URLSAFE) + 'AA'),
    one('anthropic oauth token', 'anthropic', 'sk-' + 'ant-oat01-' + run(95, seed, URLSAFE)),
    one(
      'openai project key',
      'openai',
      'sk-' + 'proj-' + run(74, seed, URLSAFE) + 'T3Blbk' + 'FJ' + run(74, seed + 1, URLSAFE)
    ),
    one('openai project key, no marker', 'openai', 'sk-' + 'proj-' + run(156, seed, URLSAFE)),
    {
      kind: 'aws key pair',
      rule: 'aws',
      text: `aws_access_key_id = ${'AK' + 'IA' + run(16, seed).toUpperCase()}\naws_secret_access_key = ${awsSecret}`,
      secrets: [awsSecret]
    },
    { kind: 'pem key', rule: 'privatekey', text: pem('RSA PRIVATE KEY'), secrets: pemBody },
    {
      kind: 'gcp service account',
      rule: 'privatekey',
      text: JSON.stringify({
        type: 'service_account',
        private_key_id: run(40, seed + 7, '0123456789abcdef'),
        private_key: pem('PRIVATE KEY') + '\n'
      }),
      secrets: pemBody
    },
    one('gcp api key', 'gcp', 'AI' + 'za' + run(35, seed, URLSAFE)),
    one('npm token', 'npm', 'np' + 'm_' + run(36, seed)),
    one('slack bot token', 'slack', 'xo' + 'xb-' + '123456789012-1234567890123-' + run(24, seed)),
    one(
      'postgres url',
      'database-connection-string',
      'postgres' + '://admin:' + run(16, seed) + '@db.example.com:5432/app'
    ),
    one(
      'mongodb url',
      'database-connection-string',
      'mongodb+srv' + '://app:' + run(16, seed + 1) + '@cluster0.example.net/prod'
    ),
    one('basic auth url', 'basicauth', 'https' + '://deploy:' + run(20, seed) + '@example.com'),
    one('sendgrid key', 'sendgrid', 'SG' + '.' + run(22, seed) + '.' + run(43, seed + 1)),
    one('linear key', 'linear', 'lin' + '_api_' + run(40, seed))
  ]
}
