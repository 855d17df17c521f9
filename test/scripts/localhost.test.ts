/**
 * npm start waits for the development server on whichever loopback address it binds: Node listens
 * on the first address "localhost" resolves to, ::1 on many machines, 127.0.0.1 on others.
 */
import * as net from "net";
import * as os from "os";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { listeningAddresses, waitForLocalhost } = require("../../scripts/lib/localhost");

function listen(host: string): Promise<net.Server | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(undefined));
    server.listen(0, host, () => resolve(server));
  });
}

const hasIPv6Loopback = Object.values(os.networkInterfaces()).some((list) =>
  (list ?? []).some((entry) => entry.address === "::1"),
);

const portOf = (server: net.Server) => (server.address() as net.AddressInfo).port;
const close = (server: net.Server) => new Promise((resolve) => server.close(resolve));

describe("waiting for the development server", () => {
  it("finds a server listening on 127.0.0.1 only", async () => {
    const server = (await listen("127.0.0.1"))!;
    await expect(waitForLocalhost(portOf(server), { timeoutMs: 2000 })).resolves.toEqual(["127.0.0.1"]);
    await close(server);
  });

  (hasIPv6Loopback ? it : it.skip)("finds a server listening on ::1 only", async () => {
    const server = (await listen("::1"))!;
    await expect(waitForLocalhost(portOf(server), { timeoutMs: 2000 })).resolves.toEqual(["::1"]);
    await close(server);
  });

  it("waits until the server starts listening", async () => {
    const probe = (await listen("127.0.0.1"))!;
    const port = portOf(probe);
    await close(probe);
    expect(await listeningAddresses(port)).toEqual([]);
    let server: net.Server | undefined;
    setTimeout(() => (server = net.createServer().listen(port, "127.0.0.1")), 600);
    const started = Date.now();
    await expect(waitForLocalhost(port, { timeoutMs: 10000, intervalMs: 100 })).resolves.toContain("127.0.0.1");
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    await close(server!);
  });

  it("gives up at once when the server process has exited, with its reason", async () => {
    const probe = (await listen("127.0.0.1"))!;
    const port = portOf(probe);
    await close(probe);
    await expect(
      waitForLocalhost(port, { timeoutMs: 60000, stopped: () => "it stopped (exit code 1)" }),
    ).rejects.toThrow("it stopped (exit code 1)");
  });

  it("gives up after the timeout", async () => {
    const probe = (await listen("127.0.0.1"))!;
    const port = portOf(probe);
    await close(probe);
    await expect(waitForLocalhost(port, { timeoutMs: 300, intervalMs: 100 })).rejects.toThrow(
      `nothing listened on localhost port ${port}`,
    );
  });
});
