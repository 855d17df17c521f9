// The base URL the add-in is served from. Sources use the development base; the production build
// writes dist/manifest.xml with the production base substituted everywhere.
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Normalises and checks a base URL: https (Office requires it), ends with "/".
 * Throws with a message naming the variable when the value is unusable.
 */
function parseBaseUrl(value, source = "ADDIN_BASE_URL") {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${source} must be an absolute URL such as https://addin.example.com/, got "${value}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`${source} must use https (Office loads add-ins only over HTTPS), got "${value}"`);
  }
  if (url.search || url.hash) throw new Error(`${source} must not have a query or fragment, got "${value}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces the development base URL (and its origin in AppDomain) with `baseUrl`. */
function rewriteBaseUrl(xml, baseUrl) {
  const base = parseBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const devOrigin = new URL(DEV_BASE_URL).origin;
  return xml
    .split(DEV_BASE_URL)
    .join(base)
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_BASE_URL, parseBaseUrl, rewriteBaseUrl };
