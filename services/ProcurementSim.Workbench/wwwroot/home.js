// The start page and a variant's page: open a scenario (folder, template, upload, paste, variant) as a new draft.
(function () {
  'use strict';
  const problem = document.getElementById('start-problem');
  async function open(body) {
    const response = await fetch('/workbench/api/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) {
      if (problem) { problem.textContent = await response.text(); problem.hidden = false; }
      return;
    }
    const draft = await response.json();
    window.location.assign(draft.url);
  }
  document.querySelectorAll('.open-file').forEach(b => b.addEventListener('click', () => open({ source: 'file', name: b.dataset.file })));
  const template = document.getElementById('open-template');
  if (template) template.addEventListener('click', () => open({ source: 'template' }));
  const upload = document.getElementById('upload');
  if (upload) upload.addEventListener('change', async () => {
    const file = upload.files[0];
    if (!file) return;
    if (file.size > 1024 * 1024) { problem.textContent = 'The file is larger than 1 MiB, the most a scenario may be.'; problem.hidden = false; return; }
    open({ source: 'text', label: file.name, yaml: await file.text() });
  });
  const paste = document.getElementById('open-paste');
  if (paste) paste.addEventListener('click', () => open({ source: 'text', label: 'pasted scenario', yaml: document.getElementById('paste').value }));
  const variant = document.getElementById('open-variant');
  if (variant) variant.addEventListener('click', () => open({ source: 'variant', name: variant.dataset.variant }));
  const compare = document.getElementById('compare-form');
  if (compare) compare.addEventListener('submit', e => {
    const ids = [...compare.querySelectorAll('input[name=ids]:checked')].map(i => i.value);
    e.preventDefault();
    if (ids.length < 2) { alert('Choose two or more variants to compare.'); return; }
    window.location.assign('/workbench/compare?ids=' + ids.map(encodeURIComponent).join(','));
  });
})();
