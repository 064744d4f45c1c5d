// ProcurementSim seminar: one live connection per browser and game, shared by all its tabs (a SharedWorker).
// A browser opens at most six connections to a host over HTTP/1.1 (loopback and classroom servers without TLS are
// HTTP/1.1), and each server-sent event stream holds one for as long as the page is open: with one stream per tab,
// a seventh tab would hang. Here the first tab of a game opens the stream; every tab of that game gets its
// "changed" events through this worker and fetches its own fragment (whose endpoint checks its seat), so the
// stream, which carries only the game's version number, is the same for every role.
"use strict";
const games = new Map(); // game id → { ports: Map<port, events url>, source, url, version }

function send(g, game, port) { if (g.version !== null) port.postMessage({ game, version: g.version }); }

function open(game, g) {
  // Prefer a url no stream was refused on; every url of the game gives the same events.
  const url = [...g.ports.values()].find(u => !g.refused.has(u));
  if (!url) return;
  const source = new EventSource(url);
  g.source = source;
  g.url = url;
  source.addEventListener("changed", e => {
    g.version = e.data;
    for (const port of g.ports.keys()) send(g, game, port);
  });
  source.addEventListener("error", () => {
    // The browser reconnects by itself after a network error; a refusal (say, the link of the seat whose url this
    // was has been replaced) closes the stream: follow through another tab's url.
    if (source.readyState === EventSource.CLOSED && g.source === source) {
      g.refused.add(url);
      g.source = null;
      open(game, g);
    }
  });
}

function follow(port, game, url) {
  let g = games.get(game);
  if (!g) { g = { ports: new Map(), source: null, url: null, version: null, refused: new Set() }; games.set(game, g); }
  g.ports.set(port, url);
  g.refused.delete(url); // a tab that just loaded holds a valid seat
  if (!g.source) open(game, g); else send(g, game, port); // a new tab fetches at once: it may have missed a change
}

function leave(port) {
  for (const [game, g] of games) {
    if (!g.ports.delete(port) || g.ports.size > 0) continue;
    if (g.source) g.source.close();
    games.delete(game);
  }
}

self.addEventListener("connect", ev => {
  const port = ev.ports[0];
  port.addEventListener("message", m => {
    if (m.data && m.data.op === "follow") follow(port, m.data.game, m.data.url);
    else if (m.data && m.data.op === "leave") leave(port);
  });
  port.start();
});
