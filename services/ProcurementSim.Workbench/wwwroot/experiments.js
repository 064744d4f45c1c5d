// Experiments from the page: start one with the CLI's options for the chosen command, then follow every experiment
// of the server (the list is the server's, so a reload shows the same), stop one, open its files.
(function () {
  'use strict';
  const options = JSON.parse(document.getElementById('experiment-options').textContent);
  const form = document.getElementById('experiment-form');
  const problem = document.getElementById('experiment-problem');
  const command = () => form.querySelector('input[name=command]:checked').value;
  function showOptions() {
    const allowed = options[command()];
    form.querySelectorAll('.option').forEach(o => { o.hidden = !allowed.includes(o.dataset.option); });
  }
  form.querySelectorAll('input[name=command]').forEach(r => r.addEventListener('change', showOptions));
  showOptions();

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const [source, id] = document.getElementById('experiment-source').value.split(':');
    const chosen = {};
    for (const name of options[command()]) {
      const input = form.querySelector(`[name="${name}"]`);
      if (!input) continue;
      if (input.type === 'checkbox') { if (input.checked) chosen[name] = ['true']; continue; }
      const values = name === '--satisfice' ? input.value.split('\n') : [input.value];
      const kept = values.map(v => v.trim()).filter(v => v.length);
      if (kept.length) chosen[name] = kept;
    }
    const response = await fetch('/workbench/api/experiments', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ source, id, command: command(), options: chosen }) });
    problem.hidden = response.ok;
    if (!response.ok) { problem.textContent = await response.text(); return; }
    refresh();
  });

  async function stop(id) {
    await fetch('/workbench/api/experiments/' + id + '/stop', { method: 'POST' });
    refresh();
  }

  let timer = null;
  async function refresh() {
    clearTimeout(timer);
    const response = await fetch('/workbench/api/experiments');
    if (!response.ok) return;
    const list = await response.json();
    const body = document.querySelector('#experiments tbody');
    body.replaceChildren(...list.map(x => {
      const tr = document.createElement('tr');
      tr.dataset.experiment = x.id;
      tr.dataset.state = x.state;
      const cell = (text) => { const td = document.createElement('td'); td.textContent = text; tr.append(td); return td; };
      cell(new Date(x.created).toLocaleString('en-GB'));
      cell(x.label + ' · procsim ' + x.arguments.filter(a => a !== 'scenario.yaml').slice(0, -2).join(' '));
      const progress = cell('');
      const bar = document.createElement('progress');
      bar.max = 100; if (x.percent != null) bar.value = x.percent;
      const state = document.createElement('span');
      state.className = 'state';
      state.textContent = ' ' + x.state + (x.state === 'running' ? ': ' + x.progress : '');
      progress.append(bar, state);
      if (x.problem) { const p = document.createElement('div'); p.className = 'problem'; p.textContent = x.problem; progress.append(p); }
      const files = cell('');
      for (const f of x.files) {
        const a = document.createElement('a');
        a.href = '/workbench/experiments/' + x.id + '/files/' + f; a.textContent = f;
        if (f === 'report.html') a.target = '_blank'; else a.download = f;
        files.append(a, document.createTextNode(' '));
      }
      const actions = cell('');
      if (x.state === 'running') {
        const b = document.createElement('button');
        b.type = 'button'; b.textContent = 'Stop'; b.className = 'stop';
        b.addEventListener('click', () => stop(x.id));
        actions.append(b);
      }
      return tr;
    }));
    if (list.some(x => x.state === 'running')) timer = setTimeout(refresh, 1000);
  }
  refresh();
})();
