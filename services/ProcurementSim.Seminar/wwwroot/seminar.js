// ProcurementSim seminar pages: join, live updates (SSE → fetch the fragment → swap), commands, the order builder.
"use strict";
(function () {
  const msg = (text, bad) => { const m = document.getElementById("msg"); if (m) { m.textContent = text || ""; m.className = bad ? "bad" : ""; } };

  // Join: the token is in the URL fragment (never sent in a request line); post it in the body, get a cookie.
  const join = document.getElementById("join-status");
  if (join) {
    const token = location.hash.slice(1);
    history.replaceState(null, "", location.pathname); // the token leaves the address bar
    fetch(join.dataset.join, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }) })
      .then(async r => { if (r.ok) { location.replace((await r.json()).url); } else { join.textContent = await r.text(); } });
    return;
  }

  const live = document.getElementById("live");
  // Each order builder's list: [{ move, text }]. A fork's builder starts from the orders taken (data-prefill); the
  // seat's starts from its draft, kept in sessionStorage per decision, so an update of the page (a move from another
  // tab of the seat, another seat's move, a reload) re-renders around the draft.
  const lists = new WeakMap();
  let submitted = false;
  const draftKey = form => "draft:" + location.pathname + ":" + (form.dataset.seat ? form.dataset.seat + ":" : "") + form.dataset.key;
  function ordersOf(form) {
    if (!lists.has(form)) {
      let list = [];
      try { list = JSON.parse(form.dataset.prefill || sessionStorage.getItem(draftKey(form)) || "[]"); } catch (e) { list = []; }
      lists.set(form, list);
    }
    return lists.get(form);
  }
  const saveDraft = form => { if (!form.classList.contains("fork")) sessionStorage.setItem(draftKey(form), JSON.stringify(ordersOf(form))); };
  const drawAll = () => document.querySelectorAll("form.orders-builder").forEach(drawOrders);

  async function refresh() {
    if (!live) return;
    const r = await fetch(live.dataset.fragment, { headers: { "Accept": "text/html" } });
    if (!r.ok) { msg(await r.text(), true); return; }
    const tpl = document.createElement("template");
    tpl.innerHTML = await r.text();
    // Keep each decision form being filled in (its ticks, its choices) while the same decision is still open: the
    // seat's own, and the facilitator's forms ruling on a seat's open decision (keyed by seat too).
    const kept = "#decision form[data-key], #rule-open form[data-key]";
    const formKey = f => (f.dataset.seat || "") + "|" + f.dataset.key;
    const oldForms = new Map([...live.querySelectorAll(kept)].map(f => [formKey(f), f]));
    tpl.content.querySelectorAll(kept).forEach(f => {
      const old = oldForms.get(formKey(f));
      if (old) { f.replaceWith(old); oldForms.delete(formKey(old)); }
    });
    const oldD = live.querySelector("#decision"), newD = tpl.content.querySelector("#decision");
    if (oldD && newD && oldD.dataset.key === newD.dataset.key && oldD.dataset.key !== "none") {
      const keepSuggestion = oldD.querySelector("#suggestion");
      if (keepSuggestion) newD.querySelector("#suggestion").replaceWith(keepSuggestion);
    }
    // A drafted order list whose decision closed without this tab sending it (another tab, the facilitator or the
    // clock did): say so rather than drop it silently.
    const closed = [...oldForms.values()].find(f => f.classList.contains("orders-builder"));
    if (closed) {
      const drafted = ordersOf(closed);
      if (drafted.length && !submitted) msg("This decision was made elsewhere (another tab, the facilitator or the clock); the orders drafted here were not sent: " + drafted.map(o => o.text).join("; "), true);
      sessionStorage.removeItem(draftKey(closed));
    }
    submitted = false;
    // Keep what is being written in the message and ruling forms (data-keep) across the swap, and where the cursor was.
    const typed = new Map();
    live.querySelectorAll("form[data-keep] [name]").forEach(el => { if (el.type !== "hidden") typed.set(el.form.dataset.keep + ":" + el.name, el.value); });
    const active = document.activeElement;
    const focused = active && active.form && active.form.dataset.keep ? active.form.dataset.keep + ":" + active.name : null;
    const caret = focused && typeof active.selectionStart === "number" ? [active.selectionStart, active.selectionEnd] : null;
    live.replaceChildren(...tpl.content.childNodes);
    live.querySelectorAll("form[data-keep] [name]").forEach(el => {
      const key = el.form.dataset.keep + ":" + el.name;
      if (typed.has(key) && el.type !== "hidden") el.value = typed.get(key);
      if (key === focused) { el.focus(); if (caret && typeof el.setSelectionRange === "function") el.setSelectionRange(caret[0], caret[1]); }
    });
    live.dataset.version = String((Number(live.dataset.version) || 0) + 1);
    drawAll();
    startTimers();
  }

  if (live && live.dataset.events) {
    // Opened once the page has loaded (a stream opened earlier can hold the page in "loading"); every "changed",
    // the first one included, fetches the fragment, so a change between the page's rendering and the stream's
    // opening is not missed. All tabs of a game share one stream through a SharedWorker (seminar-live.js): a
    // browser allows six connections to a host, so one stream per tab would hang the seventh tab. Without
    // SharedWorker (some mobile browsers) the page opens its own stream.
    const url = live.dataset.events;
    const game = url.split("/")[2];
    const open = () => {
      if (typeof SharedWorker === "function") {
        try {
          const port = new SharedWorker("/static/seminar-live.js", { name: "seminar-live" }).port;
          port.onmessage = m => { if (m.data && m.data.game === game) refresh(); };
          port.postMessage({ op: "follow", game, url });
          window.addEventListener("pagehide", () => port.postMessage({ op: "leave" }));
          window.addEventListener("pageshow", e => { if (e.persisted) port.postMessage({ op: "follow", game, url }); });
          return;
        } catch (e) {
          // A browser that refuses the worker (a policy, a private mode) falls back to its own stream.
        }
      }
      new EventSource(url).addEventListener("changed", () => refresh());
    };
    if (document.readyState === "complete") open(); else window.addEventListener("load", open, { once: true });

    // Who is connected: this page says it is open now and every 15 s, and goodbye when it closes (a beacon), so the
    // facilitator counts pages, not the browser's one shared stream (Games/PagePresence on the server).
    const presence = url.replace(/\/events$/, "/presence");
    const pageId = (self.crypto && typeof crypto.randomUUID === "function") ? crypto.randomUUID()
      : Date.now().toString(36) + "-" + Math.random().toString(36).slice(2);
    const here = leaving => {
      const body = new URLSearchParams({ page: pageId, leaving: leaving ? "1" : "0" });
      if (leaving && navigator.sendBeacon) navigator.sendBeacon(presence, body);
      else fetch(presence, { method: "POST", body }).catch(() => { /* the next beat tries again */ });
    };
    here(false);
    setInterval(() => here(false), 15000);
    window.addEventListener("pagehide", () => here(true));
    window.addEventListener("pageshow", e => { if (e.persisted) here(false); });
  }

  // Turn timers count down locally from what the server said; the server times seats out itself.
  let timerHandle = null;
  function startTimers() {
    if (timerHandle) clearInterval(timerHandle);
    const started = Date.now();
    const timers = [...document.querySelectorAll(".timer[data-remaining-ms]")];
    const draw = () => timers.forEach(t => {
      const left = t.dataset.paused === "1" ? Number(t.dataset.remainingMs) : Math.max(0, Number(t.dataset.remainingMs) - (Date.now() - started));
      const s = Math.ceil(left / 1000);
      t.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
      t.classList.toggle("late", s <= 30);
    });
    draw();
    if (timers.length) timerHandle = setInterval(draw, 500);
  }
  startTimers();

  async function post(url, body, headers) {
    const r = await fetch(url, { method: "POST", body, headers });
    const text = await r.text();
    if (!r.ok) { msg(text, true); return null; }
    msg("");
    return text;
  }

  // Facilitator commands (and any form marked "cmd") post without leaving the page.
  document.addEventListener("submit", async ev => {
    const form = ev.target;
    if (form.classList.contains("cmd")) {
      ev.preventDefault();
      const chosen = form.querySelector("select");
      const out = await post(form.action, new URLSearchParams(new FormData(form)), { "Content-Type": "application/x-www-form-urlencoded" });
      if (out !== null && form.classList.contains("reissue")) { document.getElementById("relinked").innerHTML = out; return; }
      if (out !== null && form.dataset.done) msg(form.dataset.done + (chosen ? ": " + chosen.options[chosen.selectedIndex].text : "") + ".");
      if (out !== null && form.dataset.keep) form.reset(); // sent: nothing to keep
      if (out !== null) refresh();
      return;
    }
    // The umpire's ruling on a seat's open decision: the decision's form, its move posted with the ruling and reason.
    if (form.classList.contains("ruling")) {
      ev.preventDefault();
      form.elements.move.value = JSON.stringify(moveOf(form, ev.submitter));
      const out = await post(form.action, new URLSearchParams(new FormData(form)), { "Content-Type": "application/x-www-form-urlencoded" });
      if (out !== null) { sessionStorage.removeItem(draftKey(form)); submitted = true; msg("Ruled: the outcome is " + form.dataset.seat + "'s move."); refresh(); }
      return;
    }
    // A decision: the seat's move (posted here), or a fork of a past one in the debrief (the browser posts the form,
    // with the move as the Core's JSON, and shows the result page).
    const decision = form.closest("#decision");
    const fork = form.classList.contains("fork");
    if (!decision && !fork) return;
    const move = moveOf(form, ev.submitter);
    if (fork) { form.elements.move.value = JSON.stringify(move); return; }
    ev.preventDefault();
    submitted = true;
    const out = await post(decision.dataset.moveUrl, JSON.stringify(move), { "Content-Type": "application/json" });
    if (out !== null) { sessionStorage.removeItem(draftKey(form)); msg("Your move was taken: it is listed under \u201cYour moves\u201d."); refresh(); }
    else submitted = false;
  });

  // A decision form as the Core's move JSON (SeminarJson's vocabulary).
  function moveOf(form, submitter) {
    if (form.classList.contains("orders-builder")) return { move: "agency_orders", orders: ordersOf(form).map(o => o.move) };
    if (form.dataset.move === "terms_answer") {
      const alu = form.dataset.alu === "1";
      const accepted = alu ? [] : [...form.querySelectorAll("input[name=accepted]:checked")].map(i => i.value);
      const answer = alu && submitter ? submitter.value : "";
      return { move: "terms_answer", round: Number(form.dataset.round), accepted, allLawfulUses: answer === "yes", partial: answer === "partial" };
    }
    return { move: "bid_decision", solicitation: Number(form.dataset.solicitation), bid: !!(submitter && submitter.value === "yes") };
  }

  // The agency's order list builder: the orders are the Core's JSON vocabulary (SeminarJson). Each order type shows
  // only the fields it uses (data-orders on each field); the list shows the orders in words.
  function showFields(form) {
    const kind = form.elements.order.value;
    form.querySelectorAll(".field[data-orders]").forEach(f => { f.hidden = !f.dataset.orders.split(" ").includes(kind); });
  }
  document.addEventListener("change", ev => {
    if (ev.target.name === "order" && ev.target.closest("form.orders-builder")) showFields(ev.target.closest("form"));
  });
  function describe(form, o) {
    const label = sel => sel.options[sel.selectedIndex] ? sel.options[sel.selectedIndex].text : sel.value;
    const parts = [label(form.elements.order)];
    const shown = name => { const f = form.querySelector(`.field[data-field=${name}]`); return f && !f.hidden; };
    if (shown("vendor")) parts.push(form.elements.vendor.value);
    if (shown("category")) parts.push(label(form.elements.category));
    if (shown("share")) parts.push(Math.round(Number(form.elements.share.value) * 1000) / 10 + "%");
    if (shown("categories")) parts.push([...form.querySelectorAll("input[name=categories]:checked")].map(i => i.parentElement.textContent.trim()).join(", "));
    if (o.order === "note") parts.push(o.detail);
    return parts.join(": ");
  }
  function drawOrders(form) {
    const ol = form.querySelector("ol.orders");
    const orders = ordersOf(form);
    ol.replaceChildren(...orders.map((o, i) => {
      const li = document.createElement("li");
      li.textContent = o.text + " ";
      const x = document.createElement("button");
      x.type = "button"; x.textContent = "remove"; x.addEventListener("click", () => { orders.splice(i, 1); drawOrders(form); saveDraft(form); });
      li.appendChild(x);
      return li;
    }));
  }
  // What one order adds, from the fields its type uses; the fields are then cleared, so nothing carries over.
  function readOrder(f) {
    const v = n => f.elements[n].value;
    const cats = [...f.querySelectorAll("input[name=categories]:checked")].map(i => i.value);
    const kind = v("order");
    const o = { order: kind };
    if (["set_share", "set_shadow"].includes(kind)) Object.assign(o, { vendor: v("vendor"), category: v("category"), share: Number(v("share")) });
    else if (kind === "set_transition_target") Object.assign(o, { category: v("category"), incumbentShare: Number(v("share")) });
    else if (kind === "propose_carve_out") Object.assign(o, { vendor: v("vendor"), categories: cats });
    else if (kind === "solicit") o.categories = cats;
    else if (["demand_all_lawful_uses", "award", "award_direct", "give_notice", "terminate_now"].includes(kind)) o.vendor = v("vendor");
    else if (kind === "note") Object.assign(o, { kind: v("noteKind"), detail: v("noteDetail") });
    return o;
  }
  function clearOrderFields(f) {
    f.querySelectorAll("input[name=categories]").forEach(i => { i.checked = false; });
    f.elements.share.value = f.elements.share.defaultValue;
    f.elements.noteDetail.value = "";
  }
  drawAll();
  document.addEventListener("click", async ev => {
    const t = ev.target;
    if (t.classList.contains("add-order")) {
      const f = t.closest("form");
      const o = readOrder(f);
      ordersOf(f).push({ move: o, text: describe(f, o) });
      clearOrderFields(f);
      drawOrders(f);
      saveDraft(f);
    } else if (t.classList.contains("suggest")) {
      const r = await fetch(t.dataset.url);
      document.getElementById("suggestion").innerHTML = await r.text();
    }
  });
})();
