// The editor: keeps the form, the YAML and the results in step. A change is spliced into the YAML text at the field's
// place (nothing else in the text moves); a value the text leaves out (a strategy parameter, a vendor's policy on a
// category or a score weight, at the Core's default) is inserted with its key where the server said it goes, and is
// then an ordinary written value. The text is played on the server at once (one request in flight; the latest text goes
// next, older answers are dropped), autosaved to the draft, and ranked over sampled futures in the background.
(function () {
  'use strict';
  const root = document.getElementById('editor');
  const draftId = root.dataset.draft;
  const $ = id => document.getElementById(id);
  const yamlBox = $('yaml'), form = $('form'), strategySelect = $('strategy'), seedBox = $('seed');
  let yaml = '', fields = [], fieldKey = '', strategy = null, seed = null;
  let sent = 0, applied = 0, inFlight = false, pending = false, pendingStart = null;
  // Places known to be out of date: all of them after typing in the YAML box, the insertions only after one was made
  // (a second might create the same params: again). A change then waits, by field, for the answer to the current text.
  let placesStale = false, insertsStale = false;
  const queued = new Map();
  const timings = window.__workbenchTimings = [];
  // Where a round trip's time goes (answer received, form and tables redrawn, charts redrawn), for the harness.
  const phases = window.__workbenchPhases = [];
  let mark = {};

  // ---- state: load, save ----------------------------------------------------------------------------------------
  async function load() {
    const response = await fetch('/workbench/api/drafts/' + encodeURIComponent(draftId));
    if (!response.ok) { $('saved').textContent = await response.text(); return; }
    const draft = await response.json();
    yaml = draft.yaml; strategy = draft.strategy; seed = draft.seed;
    yamlBox.value = yaml;
    seedBox.value = seed == null ? '' : String(seed);
    $('saved').textContent = 'All changes saved';
    play(null);
  }

  let saveTimer = null;
  function scheduleSave() {
    $('saved').textContent = 'Saving…';
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 300);
  }
  async function save() {
    const response = await fetch('/workbench/api/drafts/' + encodeURIComponent(draftId), {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ yaml, strategy, seed }), keepalive: yaml.length < 60000 });
    $('saved').textContent = response.ok ? 'All changes saved' : 'Not saved: ' + await response.text();
  }
  // A reload within the autosave's delay still keeps the last keystroke (keepalive outlives the page).
  window.addEventListener('beforeunload', () => {
    if ($('saved').textContent === 'Saving…') { clearTimeout(saveTimer); save(); }
  });

  // ---- play ------------------------------------------------------------------------------------------------------
  function play(started) {
    if (inFlight) { pending = true; pendingStart = pendingStart ?? started; return; }
    inFlight = true;
    const seq = ++sent;
    const sentYaml = yaml;
    const body = JSON.stringify({ yaml, strategy, seed });
    fetch('/workbench/api/play', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
      .then(r => r.ok ? r.json() : r.text().then(t => { throw new Error(t); }))
      .then(answer => { mark = { answered: performance.now() }; if (seq > applied) { applied = seq; return show(answer, started, sentYaml === yaml); } })
      .catch(e => { $('problems').hidden = false; $('problems').textContent = 'The server did not answer: ' + e.message; })
      .finally(() => {
        inFlight = false;
        if (pending) { pending = false; const s = pendingStart; pendingStart = null; play(s); }
      });
  }

  async function show(answer, started, current) {
    showStrategies(answer.strategies, answer.strategy);
    // Only an answer to the text as it is now has the right places (the text may have changed while it was played).
    if (current) showFields(answer.fields, answer.problems);
    showProblems(answer.problems, answer.problemCount);
    if (answer.run) {
      await showRun(answer.run);
      mark.charts = performance.now();
      rankingChanged();
    } else {
      markStale();
    }
    if (started != null) {
      // The repaint is done when the browser has laid out and painted the new charts: the next frame after them.
      requestAnimationFrame(() => setTimeout(() => {
        const ms = performance.now() - started;
        timings.push(ms);
        if (mark.charts) phases.push({ answer: mark.answered - started, tables: mark.tables - mark.answered, charts: mark.charts - mark.tables, paint: started + ms - mark.charts });
        $('timing').textContent = 'updated in ' + Math.round(ms) + ' ms';
      }, 0));
    }
  }

  function showStrategies(names, chosen) {
    const key = names.join('\n');
    if (strategySelect.dataset.key !== key) {
      strategySelect.dataset.key = key;
      strategySelect.replaceChildren(...names.map(n => new Option(words(n), n)));
    }
    if (chosen) { strategySelect.value = chosen; $('played-strategy').textContent = words(chosen); }
  }

  // ---- the form --------------------------------------------------------------------------------------------------
  function showFields(list, problems) {
    const key = list.map(f => f.path + '|' + f.kind).join('\n');
    const focused = document.activeElement;
    if (key !== fieldKey) {
      fieldKey = key;
      buildForm(list);
    }
    fields = list;
    placesStale = false; insertsStale = false;
    for (const f of fields) {
      const row = form.querySelector(`[data-path="${CSS.escape(f.path)}"]`);
      if (!row) continue;
      row.querySelectorAll('input, select').forEach(input => {
        if (input !== focused && input.value !== f.value && !queued.has(f.path)) input.value = f.value;
        input.disabled = !f.written && !f.insert;
      });
      markDefault(row, f);
      const key = '.' + f.path.split('.').pop();
      const problem = !f.written ? null : problems.find(p => p.line === f.line && p.column === f.column)
        || problems.find(p => p.line === f.line && p.field.endsWith(key)) || problems.find(p => p.line === f.line && !p.field);
      const slot = row.querySelector('.field-problem');
      slot.textContent = problem ? problem.message : '';
      slot.hidden = !problem;
      row.classList.toggle('invalid', !!problem);
    }
    // Changes made while the places were out of date, in the order made.
    const waiting = [...queued];
    queued.clear();
    for (const [path, c] of waiting) change(path, c.value, c.quoted);
  }

  // A value the text leaves out is the Core's default, and says so; one that cannot be written yet says why.
  function markDefault(row, f) {
    const tag = row.querySelector('.default-mark');
    tag.hidden = f.written;
    tag.textContent = f.insert || f.written ? 'default' : 'default (put the YAML right to change it)';
  }

  function buildForm(list) {
    const groups = new Map();
    for (const f of list) { if (!groups.has(f.group)) groups.set(f.group, []); groups.get(f.group).push(f); }
    form.replaceChildren();
    for (const [group, items] of groups) {
      const set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = group;
      set.append(legend);
      for (const f of items) set.append(fieldRow(f));
      form.append(set);
    }
  }

  function fieldRow(f) {
    const row = document.createElement('div');
    row.className = 'field';
    row.dataset.path = f.path;
    const label = document.createElement('label');
    label.textContent = f.label;
    label.title = f.help + ' (' + f.path + (f.written ? ', line ' + f.line : ', not in the file') + ')';
    const tag = document.createElement('span');
    tag.className = 'default-mark';
    tag.title = "not written in the file: the model's default; changing it writes it into the YAML";
    label.append(' ', tag);
    const id = 'f-' + f.path.replace(/[^a-zA-Z0-9_-]/g, '-');
    label.htmlFor = id;
    row.append(label);
    const controls = document.createElement('div');
    controls.className = 'controls';
    if (f.kind === 'number') {
      const slider = document.createElement('input');
      slider.type = 'range'; slider.min = f.min; slider.max = f.max; slider.step = f.step; slider.value = f.value;
      slider.setAttribute('aria-label', f.label + ' (slider)');
      const box = document.createElement('input');
      box.type = 'text'; box.inputMode = 'decimal'; box.id = id; box.value = f.value; box.className = 'number';
      slider.addEventListener('input', () => { box.value = slider.value; change(f.path, slider.value, false); });
      box.addEventListener('input', () => { slider.value = box.value; change(f.path, box.value, false); });
      controls.append(slider, box);
    } else if (f.kind === 'choice') {
      const select = document.createElement('select');
      select.id = id;
      const choices = f.choices.includes(f.value) ? f.choices : [f.value, ...f.choices];
      select.append(...choices.map(c => new Option(c, c)));
      select.value = f.value;
      select.addEventListener('change', () => change(f.path, select.value, false));
      controls.append(select);
    } else {
      const text = document.createElement('input');
      text.type = 'text'; text.id = id; text.value = f.value; text.className = 'text';
      text.addEventListener('input', () => change(f.path, text.value, true));
      controls.append(text);
    }
    row.append(controls);
    const help = document.createElement('div');
    help.className = 'help'; help.textContent = f.help;
    if (f.sampled) {
      // An uncertainty sets this value in every sampled future: the ranking and the experiments do not see the form's.
      const mark = document.createElement('span');
      mark.className = 'sampled-mark';
      mark.textContent = 'sampled in the ranking';
      mark.title = 'The ranking and the experiments draw this value in each future (uncertainty ' + f.sampled + '); the value set here plays in this single run only.';
      label.append(' ', mark);
      help.textContent = f.help + ' · the ranking draws it (' + f.sampled + ')';
    }
    const problem = document.createElement('div');
    problem.className = 'field-problem'; problem.setAttribute('role', 'alert'); problem.hidden = true;
    row.append(help, problem);
    markDefault(row, f);
    return row;
  }

  // Writes the new value into the text at the field's place (or, not written yet, inserts it with its key) and shifts
  // the places of the fields after it.
  function change(path, value, quoted) {
    const started = performance.now();
    const f = fields.find(x => x.path === path);
    if (!f) return;
    if (placesStale || (!f.written && insertsStale)) { queued.set(path, { value, quoted }); return; }
    const text = quoted ? JSON.stringify(value) : value;
    if (f.written) {
      const delta = text.length - (f.end - f.start);
      yaml = yaml.slice(0, f.start) + text + yaml.slice(f.end);
      for (const g of fields) if (g !== f && g.written && g.start > f.start) { g.start += delta; g.end += delta; }
      f.end = f.start + text.length;
    } else {
      if (!f.insert) return;
      const at = f.insert.at, added = f.insert.before + text + f.insert.after;
      yaml = yaml.slice(0, at) + added + yaml.slice(at);
      for (const g of fields) if (g.written && g.start >= at) { g.start += added.length; g.end += added.length; }
      f.start = at + f.insert.before.length; f.end = f.start + text.length;
      f.written = true; f.insert = null;
      insertsStale = true;
      const row = form.querySelector(`[data-path="${CSS.escape(f.path)}"]`);
      if (row) markDefault(row, f);
    }
    f.value = value;
    const scroll = yamlBox.scrollTop;
    yamlBox.value = yaml;
    yamlBox.scrollTop = scroll;
    scheduleSave();
    play(started);
  }

  // ---- problems --------------------------------------------------------------------------------------------------
  function showProblems(problems, count) {
    const box = $('problems');
    box.replaceChildren();
    box.hidden = problems.length === 0;
    if (!problems.length) return;
    const head = document.createElement('p');
    head.textContent = count === 1 ? '1 problem: the results show the last valid scenario.' : count + ' problems: the results show the last valid scenario.';
    const list = document.createElement('ul');
    for (const p of problems) {
      const item = document.createElement('li');
      const go = document.createElement('button');
      go.type = 'button'; go.className = 'go'; go.textContent = 'line ' + p.line + ', column ' + p.column;
      go.addEventListener('click', () => goTo(p.line, p.column));
      item.append(go, document.createTextNode(' ' + p.message));
      list.append(item);
    }
    box.append(head, list);
  }

  function goTo(line, column) {
    const lines = yaml.split('\n');
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
    offset += column - 1;
    yamlBox.focus();
    yamlBox.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(yamlBox).lineHeight) || 16;
    yamlBox.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  // ---- results ---------------------------------------------------------------------------------------------------
  async function showRun(run) {
    $('score').textContent = run.scoreText;
    $('breakdown').replaceChildren(headRow(['Metric', 'Value', 'Utility', 'Delivery', 'Weight', 'Points'], [
      '', 'the metric as the run ended', "the value on a 0 (worst) to 1 (best) scale, against the scenario's references",
      'the share of the mission delivered: metrics not about delivery earn points only in proportion to it',
      "this metric's share of the score's weights", 'points = 100 × weight × delivery × utility']),
      ...run.breakdown.map(b => row([b.label, b.value, b.utility, b.delivery, b.weight, b.points], b.metric)));
    $('metrics').replaceChildren(...run.metrics.map(m => {
      const tr = row([m.label, m.value, m.note], m.metric);
      tr.children[0].title = m.note;
      tr.children[2].className = 'note';
      return tr;
    }));
    $('events').replaceChildren(...run.events.map(e => {
      const li = document.createElement('li');
      li.value = e.number;
      li.innerHTML = '<span class="week"></span> <span class="actor"></span> <span class="what"></span>';
      li.querySelector('.week').textContent = 'week ' + e.week;
      li.querySelector('.actor').textContent = words(e.actor);
      li.querySelector('.what').textContent = e.text;
      return li;
    }));
    mark.tables = performance.now();
    await Promise.all(run.figures.map((f, i) => {
      const figure = JSON.parse(f.json);
      // The report's figures, with the key events' numbered labels on the first chart only (the dotted lines stay on
      // all three): redrawing the labels was a third of a redraw's time, and the list below names every event.
      if (i > 0) delete figure.layout.annotations;
      // Legends in words (the scenario's snake_case names: "autonomous_lethal_weapons" → "autonomous lethal weapons").
      for (const trace of figure.data) if (typeof trace.name === 'string') trace.name = trace.name.replace(/_/g, ' ');
      return Plotly.react(f.id, figure.data, figure.layout, figure.config);
    }));
  }

  function headRow(cells, titles) {
    const tr = document.createElement('tr');
    cells.forEach((c, i) => { const th = document.createElement('th'); th.textContent = c; if (titles && titles[i]) th.title = titles[i]; tr.append(th); });
    return tr;
  }
  function row(cells, metric) {
    const tr = document.createElement('tr');
    tr.dataset.metric = metric;
    cells.forEach((c, i) => { const td = document.createElement(i === 0 ? 'th' : 'td'); td.textContent = c; if (i > 0) td.className = 'num'; tr.append(td); });
    return tr;
  }
  function words(key) { const w = String(key).replace(/_/g, ' '); return w.charAt(0).toUpperCase() + w.slice(1); }

  // ---- background ranking ----------------------------------------------------------------------------------------
  let rankedYaml = null, rankingJob = null, rankingTimer = null, pollTimer = null;
  function markStale() { if (rankingJob) $('ranking-stale').hidden = false; }
  function rankingChanged() {
    const wanted = yaml + '\n#' + strategy + '#' + seed + '#' + $('futures').value;
    if (wanted === rankedYaml) return;
    markStale();
    clearTimeout(rankingTimer);
    rankingTimer = setTimeout(() => startRanking(wanted), 600);
  }
  async function startRanking(wanted) {
    const futures = parseInt($('futures').value, 10) || parseInt(root.dataset.futures, 10);
    const response = await fetch('/workbench/api/ranking', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ draft: draftId, yaml, futures, seed }) });
    if (!response.ok) { $('ranking-state').textContent = await response.text(); return; }
    rankedYaml = wanted;
    rankingJob = (await response.json()).id;
    $('ranking-state').textContent = 'starting…';
    poll(rankingJob);
  }
  async function poll(job) {
    clearTimeout(pollTimer);
    if (job !== rankingJob) return;
    const response = await fetch('/workbench/api/ranking/' + job);
    if (!response.ok) { $('ranking-state').textContent = await response.text(); return; }
    const s = await response.json();
    if (job !== rankingJob) return;
    const progress = $('ranking-progress');
    progress.max = s.total; progress.value = s.done;
    const rate = s.runsPerSecond ? ' · ' + Math.round(s.runsPerSecond).toLocaleString('en') + ' runs/s' : '';
    $('ranking-state').textContent = (s.problem ?? (s.state === 'done' ? 'done: ' : s.state === 'stopped' ? 'stopped at ' : 'running: ') + s.done.toLocaleString('en') + ' of ' + s.total.toLocaleString('en') + ' futures') + rate;
    if (s.rows.length) {
      $('ranking-table').replaceChildren(headRow(['Rank', 'Strategy', 'Mean score', '90% interval', 'Best in', 'Acceptable in', 'Worst regret']),
        ...s.rows.map(r => row([r.rank, words(r.strategy), r.meanScore, r.interval, r.probabilityBest, r.satisficing, r.maxRegret], r.strategy)));
      const head = $('ranking-table').rows[0].cells;
      head[4].title = 'share of futures in which the strategy scores best';
      head[5].title = "share of futures meeting the scenario's satisficing criteria";
      head[6].title = 'largest gap to the best strategy in any future (score points)';
      if (rankedYaml === yaml + '\n#' + strategy + '#' + seed + '#' + $('futures').value) $('ranking-stale').hidden = true;
    }
    if (s.state === 'running') pollTimer = setTimeout(() => poll(job), 400);
  }

  // ---- wiring ----------------------------------------------------------------------------------------------------
  let typing = null;
  yamlBox.addEventListener('input', () => {
    yaml = yamlBox.value;
    placesStale = true;
    scheduleSave();
    clearTimeout(typing);
    const started = performance.now();
    typing = setTimeout(() => play(started), 150);
  });
  strategySelect.addEventListener('change', () => { strategy = strategySelect.value; fieldKey = ''; scheduleSave(); play(performance.now()); });
  seedBox.addEventListener('input', () => {
    seed = /^\d+$/.test(seedBox.value) ? Number(seedBox.value) : null;
    scheduleSave(); play(performance.now());
  });
  $('futures').addEventListener('change', rankingChanged);
  $('save-variant').addEventListener('click', async () => {
    const name = $('variant-name').value.trim();
    const out = $('variant-saved');
    const response = await fetch('/workbench/api/variants', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, note: $('variant-note').value, yaml, strategy, seed }) });
    if (!response.ok) { out.textContent = await response.text(); return; }
    const v = await response.json();
    out.replaceChildren(document.createTextNode('Saved: '), Object.assign(document.createElement('a'), { href: v.url, textContent: name, id: 'variant-link' }));
  });
  load();
})();
