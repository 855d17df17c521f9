/**
 * Every message the argument layer shows in a cell, in one place (as HyperFormula keeps its
 * `ErrorMessage` catalogue), so wording stays consistent and tests can refer to it.
 * Messages name the argument, the value received and what is allowed (SPEC section 5).
 */
export const messages = {
  required: (fn: string, arg: string, hint: string) => `REE.${fn}: ${arg} is required${hint ? `: ${hint}` : ""}`,
  singleValue: (arg: string, rows: number, columns: number) =>
    `${arg} must be a single value, got a ${rows}x${columns} range`,
  unknownElement: (value: string) => `Unknown element "${value}": use REE.ELEMENTS()`,
  unknownMaterial: (value: string) =>
    `Unknown element or group "${value}": use an element from REE.ELEMENTS() or NDPR, LREE, HREE, REE, MAGNET`,
  unknownCountry: (value: string) => `Unknown country "${value}": use REE.COUNTRIES()`,
  unknownChoice: (arg: string, value: string, allowed: readonly string[], catalogue?: string) =>
    `Unknown ${arg} "${value}": use ${catalogue ?? `one of ${allowed.join(", ")}`}`,
  notANumber: (arg: string, value: string) => `${arg} must be a number, got "${value}"`,
  notAnInteger: (arg: string, value: number) => `${arg} must be a whole number, got ${value}`,
  outOfRange: (arg: string, min: number, max: number, value: number) =>
    `${arg} must be between ${min} and ${max}, got ${value}`,
  notAYear: (arg: string, min: number, max: number, value: string) =>
    `${arg} must be a calendar year between ${min} and ${max}, got ${value}`,
  notAShock: (value: string) => `shock must be a severity between 0 and 1 or a scenario id, got ${value}`,
  unknownScenario: (value: string, ids: readonly string[]) =>
    `Unknown scenario "${value}": use a severity between 0 and 1 or one of ${ids.join(", ")}`,
  dataTypeWithoutValue: (arg: string, type: string) =>
    `${arg}: the cell's ${type} value has no text or number to use here; type the code or name instead`,
  notText: (arg: string, value: string) => `${arg} must be text, got ${value}`,
  notABoolean: (arg: string, value: string) => `${arg} must be TRUE or FALSE, got ${value}`,
  tooManyArguments: (fn: string, max: number, got: number) =>
    `REE.${fn} takes at most ${max} argument${max === 1 ? "" : "s"}, got ${got}`,
  internal: (fn: string, detail: string) =>
    `Internal error in REE.${fn}: ${detail}. Please report it with the formula that caused it.`,
} as const;

/** The prefix of `messages.internal`, which marks a bug rather than a bad input. */
export const INTERNAL_ERROR_PREFIX = "Internal error in REE.";
