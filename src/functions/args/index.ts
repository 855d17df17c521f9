/** The argument layer's public surface for function modules. */
export type { ArgInput, CellInput, ParamSpec } from "./params";
export type { CellOutput, Result } from "./result";
export { declareFunction, declaredFunctions } from "./declare";
