// The gallery's bulk import: send a .zip or .tar of one folder per person with a progress bar, then follow the
// import on the server (GET /api/people/imports/{id}) with a second bar until it is done, and list what was refused.
import { apiFetch, uploadWithProgress } from './api.js';
import { checkArchive, formatBytes } from './checks.js';
import { checkFields, el, showMessage } from './dom.js';
import { keyHeaders, withKey } from './gallery-key.js';

const POLL_MS = 1000;
const $ = (elementId) => document.getElementById(elementId);

const input = $('archive');
const message = $('import-message');
const button = $('import-submit');
const progress = $('import-progress');
const label = $('import-label');
const bar = $('import-bar');
const text = $('import-text');

input.addEventListener('change', () => checkFields([[input, (field) => checkArchive(field.files[0])]]));

function photos(n) {
  return `${n} photo${n === 1 ? '' : 's'}`;
}

function people(n) {
  return n === 1 ? '1 person' : `${n} people`;
}

function showRefused(data) {
  const list = $('import-refused');
  list.replaceChildren(...data.refused.map((photo) => el('li', { class: 'refused' }, `${photo.path}: ${photo.reason}`)));
  const more = data.refused_count - data.refused.length;
  if (more > 0) {
    list.append(el('li', {}, `… and ${photos(more)} more.`));
  }
  $('import-report').hidden = data.refused_count === 0;
}

/** Polls the import until it is done or failed, moving the bar; resolves with its last state. */
async function follow(id) {
  label.textContent = 'Import';
  for (;;) {
    let data;
    try {
      ({ data } = await apiFetch(`/api/people/imports/${encodeURIComponent(id)}`));
    } catch (error) {
      if (error.status !== 429) {
        throw error;
      }
      // Over the server's rate limit: the import goes on; look again when the server allows.
      text.textContent = `Too many requests — checking again in ${error.retryAfter ?? POLL_MS / 1000} s.`;
      await new Promise((resolve) => { window.setTimeout(resolve, Math.max(POLL_MS, (error.retryAfter ?? 0) * 1000)); });
      continue;
    }
    const { photos_done: done, photos_total: total } = data.progress;
    bar.max = Math.max(total, 1);
    bar.value = done;
    text.textContent = data.status === 'queued' || total === 0
      ? 'Uploaded. The server is reading the archive…'
      : `${done} of ${photos(total)} read · ${people(data.people.length)} enrolled · ${data.refused_count} refused`;
    if (data.status === 'done' || data.status === 'failed') {
      return data;
    }
    await new Promise((resolve) => { window.setTimeout(resolve, POLL_MS); });
  }
}

$('import-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showMessage(message, 'error', '');
  $('import-report').hidden = true;
  if (!checkFields([[input, (field) => checkArchive(field.files[0])]])) {
    return;
  }
  const file = input.files[0];
  button.disabled = true;
  let uploaded = false;
  withKey(async () => {
    const form = new FormData();
    form.append('archive', file);
    progress.hidden = false;
    label.textContent = 'Upload';
    bar.max = 100;
    bar.value = 0;
    text.textContent = 'Starting the upload…';
    const answer = await uploadWithProgress('/api/people/import', form, (loaded, total) => {
      bar.value = Math.floor((loaded / total) * 100);
      text.textContent = `${bar.value} % of ${formatBytes(total)} sent`;
    }, keyHeaders());
    uploaded = true;
    const data = await follow(answer.id);
    showRefused(data);
    if (data.status === 'failed') {
      showMessage(message, 'error', `The import stopped: ${data.error}. ${people(data.people.length)} had been enrolled.`);
    } else {
      showMessage(message, 'success', `Imported ${people(data.people.length)} from ${photos(data.progress.photos_total)}; ${data.refused_count} refused.`);
      input.value = '';
    }
    message.focus();
    document.dispatchEvent(new CustomEvent('gallery-changed', { detail: `${people(data.people.length)} imported.` }));
  }, async (error) => {
    showMessage(message, 'error', uploaded
      ? `The import's progress could not be read. ${error.message}`
      : `Not imported. ${error.message}`);
    message.focus();
  }).finally(() => {
    // A refused upload (or one waiting for the API key) leaves no bar behind.
    progress.hidden = !uploaded;
    button.disabled = false;
  });
});
