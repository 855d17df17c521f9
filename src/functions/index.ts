/**
 * Every Excel function module, imported for their declarations. The command line and tests list
 * and call the functions through `declaredFunctions()`; Excel gets them from the webpack bundle,
 * where each module registers itself with `CustomFunctions.associate`.
 */
import "./countries";
import "./data";
import "./dependency";
import "./elements";
import "./fields";
import "./hhi";
import "./impact";
import "./metrics";
import "./params";
import "./path";
import "./scenarios";
import "./sensitivity";
import "./simulate";
import "./shock";
import "./source";
import "./supplyrisk";
import "./version";

export { declaredFunctions } from "./args";
