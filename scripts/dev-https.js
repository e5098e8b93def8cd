// HTTPS settings for webpack-dev-server (`server` option).
//
// 1. office-addin-dev-certs: generates a CA and a localhost certificate in ~/.office-addin-dev-certs and
//    installs the CA as trusted. On Linux the install step runs `sudo`, so it throws where there is no sudo
//    (e.g. a root container) even though the files were written.
// 2. If that throws: reuse localhost.crt / localhost.key / ca.crt from that folder when they exist
//    (not trusted by the system, but stable across restarts).
// 3. Otherwise: `server: "https"` with no options, i.e. webpack-dev-server's own self-signed certificate.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");

const DEFAULT_CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/**
 * @param {{ certDir?: string, warn?: (message: string) => void }} [options]
 * @returns {Promise<"https" | { type: "https", options: { ca?: Buffer, cert: Buffer, key: Buffer } }>}
 */
async function getHttpsServerConfig(options = {}) {
  const certDir = options.certDir || DEFAULT_CERT_DIR;
  const warn = options.warn || ((message) => console.warn(message));
  let reason;
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    reason = firstLine(error);
  }

  const certFile = path.join(certDir, "localhost.crt");
  const keyFile = path.join(certDir, "localhost.key");
  const caFile = path.join(certDir, "ca.crt");
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    const httpsOptions = { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
    if (fs.existsSync(caFile)) httpsOptions.ca = fs.readFileSync(caFile);
    warn(
      `[dev-https] office-addin-dev-certs failed (${reason}); fallback: using the existing certificate in ${certDir} (its CA is not installed as trusted).`,
    );
    return { type: "https", options: httpsOptions };
  }

  warn(
    `[dev-https] office-addin-dev-certs failed (${reason}); fallback: webpack-dev-server's self-signed certificate (not trusted by browsers or Office).`,
  );
  return "https";
}

function firstLine(error) {
  const message = error && error.message ? error.message : String(error);
  return message.split("\n").find((line) => line.trim() !== "") || "unknown error";
}

module.exports = { getHttpsServerConfig, DEFAULT_CERT_DIR };
