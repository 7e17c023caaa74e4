// Official SignalR JavaScript clients as recipients of a bare-hub room, to validate the benchmark's own clients.
// Usage: node signalr-recipients.js HUB_URL ROOM COUNT
// Prints "ready" once every client has joined; on "stop" (stdin) prints one line per receipt, "<id> <monotonic ns>",
// then "done". process.hrtime reads CLOCK_MONOTONIC, the clock .NET's Stopwatch reads on Linux, so the generator can
// compare these receipts with the times it posted.
"use strict";
const signalR = require("@microsoft/signalr");
const { MessagePackHubProtocol } = require("@microsoft/signalr-protocol-msgpack");
const readline = require("node:readline");

const [url, room, countText] = process.argv.slice(2);
const count = Number(countText);
if (!url || !room || !Number.isInteger(count) || count <= 0) {
  console.error("usage: node signalr-recipients.js HUB_URL ROOM COUNT");
  process.exit(2);
}

const receipts = [];
const connections = [];

async function connect(i) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(url, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    .withHubProtocol(new MessagePackHubProtocol())
    .configureLogging(signalR.LogLevel.Error)
    .build();
  connection.on("Message", (id) => receipts.push(`${id} ${process.hrtime.bigint()}`));
  await connection.start();
  await connection.invoke("Join", room);
  connections[i] = connection;
}

(async () => {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, j) => connect(i + j)));
  }
  console.log("ready");
  const input = readline.createInterface({ input: process.stdin });
  for await (const line of input) {
    if (line.trim() === "stop") break;
  }
  await Promise.all(connections.map((c) => c.stop()));
  process.stdout.write(receipts.join("\n") + (receipts.length ? "\n" : ""));
  console.log("done");
  process.exit(0);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
