// The server a team would pick instead: Socket.IO with rooms, the same join/post/message contract as the bare hub.
// With REDIS_URL set, nodes share rooms through the Redis adapter (the Socket.IO equivalent of a SignalR backplane).
"use strict";
const http = require("node:http");
const { Server } = require("socket.io");

const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error("PORT must be set to the port to listen on.");
  process.exit(2);
}

const httpServer = http.createServer((req, res) => {
  // Readiness probe for the benchmark's launcher; everything else belongs to Socket.IO.
  if (req.url === "/readyz") {
    res.writeHead(200, { "content-type": "text/plain" }).end("ready");
  }
});
const io = new Server(httpServer, { transports: ["websocket"], serveClient: false, perMessageDeflate: false });

async function useRedis(url) {
  const { createClient } = require("redis");
  const { createAdapter } = require("@socket.io/redis-adapter");
  const pub = createClient({ url });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
}

io.on("connection", (socket) => {
  socket.on("join", (room, ack) => {
    socket.join(room);
    if (typeof ack === "function") ack(true);
  });
  socket.on("post", (room, id, text) => {
    io.to(room).emit("message", id, text);
  });
});

(async () => {
  if (process.env.REDIS_URL) await useRedis(process.env.REDIS_URL);
  httpServer.listen(port, "127.0.0.1");
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
