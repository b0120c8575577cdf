/**
 * Branch names with a character git forbids in any ref name (`git check-ref-format`: `~ ^ : ? * [ \`),
 * one character a name: the CLI's edge tests and the branch-name check's tests both run them.
 */
export const FORBIDDEN_CHARACTER_NAMES = [
  'til~de',
  'car^et',
  'co:lon',
  'que?ry',
  'st*ar',
  'br[acket',
  'back\\slash'
]
