// The jobs page: recent jobs newest first, a page at a time, each linking to its job page. The list needs the API key
// when the server has one; a 401 opens the key form (gallery-key.js) and loads the page again once a key is entered.
import { apiFetch } from './api.js';
import { el, showMessage } from './dom.js';
import { dateText, statusText } from './format.js';
import { keyHeaders, withKey } from './gallery-key.js';

const PAGE_SIZE = 50;
const KEY_PROMPT = {
  missing: 'The jobs list needs the server\'s API key. Enter it here; the list is then loaded.',
  then: 'the list is then loaded',
};
const $ = (elementId) => document.getElementById(elementId);

let nextCursor = null;
let shown = 0;

function jobRow(job) {
  const people = job.people.length ? job.people.join(', ') : (job.status === 'completed' ? 'Nobody recognised' : '');
  return el('tr', {},
    el('td', { 'data-label': 'Video of' }, el('a', { href: `/jobs/${encodeURIComponent(job.id)}` }, job.name || 'Unnamed job')),
    el('td', { 'data-label': 'Status' }, el('span', { class: `badge ${job.status}` }, statusText(job.status))),
    el('td', { 'data-label': 'Submitted' }, dateText(job.created_at)),
    el('td', { 'data-label': 'Finished' }, dateText(job.completed_at)),
    el('td', { 'data-label': 'People found' }, people));
}

/** The first page of jobs, or with more=true the next one appended. */
function loadJobs(more = false) {
  showMessage($('jobs-message'), 'error', '');
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (more && nextCursor) {
    query.set('cursor', nextCursor);
  }
  return withKey(async () => {
    const envelope = await apiFetch(`/api/classification?${query}`, { headers: keyHeaders() });
    const rows = envelope.data.jobs.map(jobRow);
    const body = $('jobs').tBodies[0];
    if (more) {
      body.append(...rows);
      shown += rows.length;
    } else {
      body.replaceChildren(...rows);
      shown = rows.length;
    }
    nextCursor = envelope.data.next_cursor;
    $('jobs').hidden = shown === 0;
    $('jobs-more').hidden = !nextCursor;
    $('jobs-status').textContent = shown === 0
      ? 'No jobs yet. Upload a video to start one.'
      : `${nextCursor ? `The ${shown} most recent jobs` : `${shown} job${shown === 1 ? '' : 's'}`}, newest first.`;
  }, async (error) => {
    showMessage($('jobs-message'), 'error', `The jobs could not be loaded. ${error.message}`);
  }, KEY_PROMPT);
}

$('jobs-more').addEventListener('click', () => loadJobs(true));

loadJobs();
