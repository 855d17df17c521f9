// HTTPS options for the development server. Office loads add-ins only over HTTPS from a trusted
// certificate. office-addin-dev-certs makes a localhost certificate and installs its CA; on Linux
// that install needs sudo, which many machines lack, so when it fails we still generate the
// certificate, serve with it, and say how to trust the CA by hand.
// ADDIN_DEV_CERTS=untrusted skips the install attempt altogether (no sudo, no system change).
"use strict";

const fs = require("fs");
const devCerts = require("office-addin-dev-certs");

/** What to do about an untrusted certificate: desktop Excel refuses it, a browser can be told to trust it. */
function trustAdvice(platform, caCertificatePath) {
  const desktop = platform === "win32" || platform === "darwin";
  return [
    "Serving HTTPS with a certificate your browser does not trust yet. To trust it, add this CA to your browser or system:",
    `  ${caCertificatePath}`,
    ...(desktop
      ? [
          "Desktop Excel will not load the add-in until the CA is trusted. Trust it with",
          "  npx office-addin-dev-certs install",
          "(confirm the prompt it shows), then run npm start again.",
        ]
      : []),
  ];
}

async function untrustedOptions(log, reason, platform) {
  const {
    caCertificatePath,
    localhostCertificatePath,
    localhostKeyPath,
  } = require("office-addin-dev-certs/lib/defaults");
  if (!fs.existsSync(localhostCertificatePath) || !fs.existsSync(localhostKeyPath)) {
    await devCerts.generateCertificates();
  }
  log([reason, ...trustAdvice(platform, caCertificatePath)].join("\n"));
  return {
    ca: fs.readFileSync(caCertificatePath),
    cert: fs.readFileSync(localhostCertificatePath),
    key: fs.readFileSync(localhostKeyPath),
  };
}

async function getDevHttpsOptions({ log = console.log, env = process.env, platform = process.platform } = {}) {
  if (env.ADDIN_DEV_CERTS === "untrusted") {
    return untrustedOptions(log, "ADDIN_DEV_CERTS=untrusted: the development CA is not installed.", platform);
  }
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const detail = String(error && error.message ? error.message : error).split("\n")[0];
    return untrustedOptions(
      log,
      `Could not install the development certificate authority automatically:\n  ${detail}`,
      platform,
    );
  }
}

module.exports = { getDevHttpsOptions, trustAdvice };
