// Installs the CustomFunctions global the way Excel's custom-functions runtime provides it, so that
// function modules can be imported and called directly in tests.
import { createStandaloneRuntime } from "../../src/functions/runtime/standalone-runtime";

(globalThis as Record<string, unknown>).CustomFunctions = createStandaloneRuntime();
