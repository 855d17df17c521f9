/**
 * The `ree` command line: calls the same function implementations Excel calls and prints the result.
 *
 *   npx ree DATA PRICE Dy CN 2024          -> 257
 *   npx ree ELEMENTS NDPR                  -> a table
 *   npx ree DEPENDENCY JP Dy "" 2027 "" "path=DELAYED" --json
 *
 * Excel errors print as "#VALUE!: message" on standard error with exit code 1; a usage error
 * exits with 2. `npx ree --help` lists the functions and their arguments from their declarations.
 */
import { createStandaloneRuntime, StandaloneCustomFunctionError } from "../functions/runtime/standalone-runtime";

// The functions throw CustomFunctions.Error, as they do in Excel; outside Excel a stand-in provides it.
(globalThis as Record<string, unknown>).CustomFunctions = createStandaloneRuntime();

import { declaredFunctions } from "../functions";
import type { ParamSpec } from "../functions/args";
import { formatResult } from "./format";
import { parseWord } from "./parse-args";

function describeParam(spec: ParamSpec): string {
  const detail =
    spec.kind === "choice"
      ? (spec.catalogue ?? spec.choices.join("|"))
      : spec.kind === "options"
        ? `"key=value; ..." with keys ${spec.keys.map((key) => key.name).join(", ")}`
        : spec.kind;
  const name = spec.default !== undefined ? `${spec.name}=${spec.default}` : spec.name;
  return spec.optional || spec.default !== undefined ? `[${name}: ${detail}]` : `<${name}: ${detail}>`;
}

export function helpText(): string {
  const lines = [
    "Usage: ree <FUNCTION> [arguments...] [--json]",
    "",
    "Calls the REE.* function of the same name, with the arguments in Excel's order. An empty",
    'argument ("") is omitted; numbers are numbers; a JSON array such as \'[["path","NONE"]]\' is a range.',
    "",
    "Functions:",
  ];
  const functions = [...declaredFunctions().values()].filter((fn) => !fn.id.startsWith("TEST_"));
  for (const fn of functions.sort((a, b) => a.id.localeCompare(b.id))) {
    lines.push(`  ${fn.id} ${fn.params.map(describeParam).join(" ")}`.trimEnd());
  }
  return lines.join("\n");
}

export interface CliOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs one command line (without the program name) and returns what to print and the exit code.
 * A function that answers asynchronously in Excel (#BUSY! until it settles) is awaited.
 */
export async function runCli(argv: readonly string[]): Promise<CliOutput> {
  const json = argv.indexOf("--json") >= 0;
  const words = argv.filter((word) => word !== "--json");
  if (words.length === 0 || words[0] === "--help" || words[0] === "-h") {
    return { code: words.length === 0 ? 2 : 0, stdout: helpText(), stderr: "" };
  }
  const name = words[0].toUpperCase().replace(/^REE\./, "");
  const fn = declaredFunctions().get(name);
  if (!fn) return { code: 2, stdout: "", stderr: `Unknown function "${words[0]}": run ree --help for the list` };
  try {
    const result = await fn.call(...words.slice(1).map(parseWord));
    return { code: 0, stdout: json ? JSON.stringify({ result }) : formatResult(result), stderr: "" };
  } catch (error) {
    if (error instanceof StandaloneCustomFunctionError) {
      const text = `${error.code}: ${error.message ?? ""}`;
      return json
        ? { code: 1, stdout: JSON.stringify({ error: { code: error.code, message: error.message } }), stderr: "" }
        : { code: 1, stdout: "", stderr: text };
    }
    throw error;
  }
}

/** Runs the command line on these words and prints the outcome (bin/ree.js calls this). */
export async function main(argv: readonly string[]): Promise<void> {
  const { code, stdout, stderr } = await runCli(argv);
  if (stdout) process.stdout.write(`${stdout}\n`);
  if (stderr) process.stderr.write(`${stderr}\n`);
  process.exitCode = code;
}

if (require.main === module) void main(process.argv.slice(2));
