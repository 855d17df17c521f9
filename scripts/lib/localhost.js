// Is anything listening on localhost:<port>? webpack-dev-server with host "localhost" listens on the
// first address Node's resolver returns for "localhost", which is ::1 on many machines (Node 17+
// keeps the resolver's order, https://nodejs.org/api/dns.html#dnslookuphostname-options-callback)
// and 127.0.0.1 on others. Excel's web views and browsers try every address of localhost, so the
// server is reachable either way; these checks must do the same and try each address.
"use strict";

const dns = require("dns");
const net = require("net");

/** Every address "localhost" resolves to here, plus both loopback addresses. */
async function localhostAddresses() {
  let resolved = [];
  try {
    resolved = (await dns.promises.lookup("localhost", { all: true })).map((entry) => entry.address);
  } catch {
    // no resolver answer: the loopback addresses below are what localhost means (RFC 6761)
  }
  return [...new Set([...resolved, "::1", "127.0.0.1"])];
}

function canConnect(address, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** The localhost addresses on which something accepts connections on `port` (empty when none). */
async function listeningAddresses(port) {
  const addresses = await localhostAddresses();
  const open = await Promise.all(addresses.map((address) => canConnect(address, port)));
  return addresses.filter((_, i) => open[i]);
}

/**
 * Resolves with the addresses once something listens on localhost:`port`. Rejects after `timeoutMs`,
 * or as soon as `stopped()` returns a reason (the server process exited): waiting on longer would
 * only hide its error.
 */
async function waitForLocalhost(port, { timeoutMs = 120000, intervalMs = 250, stopped = () => undefined } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = stopped();
    if (reason) throw new Error(reason);
    const open = await listeningAddresses(port);
    const late = stopped(); // a server that exited cannot be the one answering
    if (late) throw new Error(late);
    if (open.length > 0) return open;
    if (Date.now() > deadline) {
      throw new Error(`nothing listened on localhost port ${port} within ${Math.round(timeoutMs / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

module.exports = { localhostAddresses, listeningAddresses, waitForLocalhost };
