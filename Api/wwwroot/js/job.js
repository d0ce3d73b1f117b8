// The job page: polls GET /api/classification/{id} until the job is completed or failed and its result
// sent (stage "done"), shows the result (job-result.js), and lets the user change where the result goes (PUT).
import { apiFetch } from './api.js';
import { checkEmail, checkName } from './checks.js';
import { checkFields, setFieldError, showMessage } from './dom.js';
import { initFaceNaming } from './face-naming.js';
import { contactAnswerText, keptText, notificationText, stageText, statusText } from './format.js';
import { keyHeaders, withKey } from './gallery-key.js';
import { showResult } from './job-result.js';

const POLL_MS = 1500;
const MAX_BACKOFF_MS = 15000;
// After the job ends, the result is still being sent (stage "notifying"): look less often, and not forever.
const SETTLING_POLL_MS = 4000;
const MAX_SETTLING_POLLS = 150;
// Where a server that wants keys for uploads also wants one for changing a job.
const CONTACT_PROMPT = {
  missing: 'Changing where the result goes needs the server\'s API key. Enter it here; the change is then sent again.',
  then: 'the change is then sent again',
};

const id = decodeURIComponent(window.location.pathname.split('/').filter(Boolean)[1] ?? '');
const $ = (elementId) => document.getElementById(elementId);
const view = {
  loadMessage: $('load-message'),
  announce: $('announce'),
  job: $('job'),
  status: $('status'),
  stage: $('stage'),
  name: $('job-name'),
  notification: $('notification'),
  keptRow: $('kept-row'),
  keptUntil: $('kept-until'),
  bar: $('progress-bar'),
  progressText: $('progress-text'),
  pollNote: $('poll-note'),
  jobError: $('job-error'),
  results: $('results'),
  contact: $('contact'),
};

let failures = 0;
let settlingPolls = 0;
let contactFilled = false;
let lastAnnouncement = '';

$('job-id').textContent = id;

/** Tells screen readers about changes of status or stage and every quarter of the progress, not every poll. */
function announce(data) {
  const { frames_done: done, frames_total: total } = data.progress ?? {};
  const quarter = total > 0 ? Math.floor((done / total) * 4) * 25 : 0;
  const text = `${statusText(data.status)}: ${stageText(data.stage)}${data.status === 'processing' && total > 0 ? `, ${quarter} % or more analysed` : ''}.`;
  if (text !== lastAnnouncement) {
    lastAnnouncement = text;
    view.announce.textContent = text;
  }
}

function renderProgress(progress, status) {
  const { frames_done: done = 0, frames_total: total = 0 } = progress ?? {};
  if (total > 0) {
    view.bar.max = total;
    view.bar.value = Math.min(done, total);
    view.progressText.textContent = `${done} of ${total} frames (${Math.floor((Math.min(done, total) / total) * 100)} %)`;
  } else if (status === 'processing') {
    view.bar.removeAttribute('value');
    view.progressText.textContent = 'Working out how many frames to analyse…';
  } else {
    view.bar.max = 1;
    view.bar.value = status === 'completed' ? 1 : 0;
    view.progressText.textContent = status === 'completed' ? 'All frames analysed' : '';
  }
}

function render(data) {
  view.job.hidden = false;
  view.contact.hidden = false;
  view.status.textContent = statusText(data.status);
  view.status.className = `badge ${data.status}`;
  view.stage.textContent = stageText(data.stage);
  view.name.textContent = data.name;
  view.notification.textContent = notificationText(data.notification, data.email);
  view.keptUntil.textContent = keptText(data.expires_at);
  view.keptRow.hidden = !view.keptUntil.textContent;
  renderProgress(data.progress, data.status);
  showMessage(view.jobError, 'error', data.status === 'error' ? `The job failed: ${data.error ?? 'no reason was given.'}` : '');
  if (data.status === 'completed' && view.results.hidden) {
    showResult(id, data);
  }
  if (!contactFilled) {
    contactFilled = true;
    $('contact-name').value = data.name;
    $('contact-email').value = data.email;
  }
  announce(data);
}

async function poll() {
  try {
    const envelope = await apiFetch(`/api/classification/${encodeURIComponent(id)}`);
    failures = 0;
    view.pollNote.textContent = '';
    const data = envelope.data;
    render(data);
    if (data.status === 'processing') {
      window.setTimeout(poll, POLL_MS);
    } else if (data.stage !== 'done' && settlingPolls < MAX_SETTLING_POLLS) {
      settlingPolls += 1;
      window.setTimeout(poll, SETTLING_POLL_MS);
    }
  } catch (error) {
    if (error.status === 400 || error.status === 404) {
      // A malformed or unknown id will not get better by asking again.
      view.job.hidden = true;
      view.pollNote.textContent = '';
      showMessage(view.loadMessage, 'error', error.message);
      return;
    }
    failures += 1;
    if (error.status === 429) {
      // Over the server's rate limit: wait as long as it asks, however long that is.
      const wait = Math.max(POLL_MS, (error.retryAfter ?? MAX_BACKOFF_MS / 1000) * 1000);
      view.pollNote.textContent = `Too many requests — checking again in ${Math.round(wait / 1000)} s.`;
      window.setTimeout(poll, wait);
      return;
    }
    const wait = Math.min(MAX_BACKOFF_MS, POLL_MS * (2 ** failures));
    view.pollNote.textContent = `${error.message} Trying again in ${Math.round(wait / 1000)} s.`;
    window.setTimeout(poll, wait);
  }
}

/** Reads the job again after its result was corrected (a face named or a match rejected). */
async function reloadResult() {
  const envelope = await apiFetch(`/api/classification/${encodeURIComponent(id)}`);
  showResult(id, envelope.data);
}

initFaceNaming(id, reloadResult);

$('contact-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = $('contact-name');
  const email = $('contact-email');
  const answerBox = $('contact-answer');
  showMessage(answerBox, 'info', '');
  const ok = checkFields([
    [name, (input) => (input.value.trim() || email.value.trim() ? (input.value.trim() ? checkName(input.value) : null) : 'Enter a name or an email.')],
    [email, (input) => (input.value.trim() ? checkEmail(input.value) : null)],
  ]);
  if (!ok) {
    return;
  }
  const body = {};
  if (name.value.trim()) {
    body.name = name.value.trim();
  }
  if (email.value.trim()) {
    body.email = email.value.trim();
  }
  $('contact-submit').disabled = true;
  await withKey(async () => {
    const envelope = await apiFetch(`/api/classification/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', ...keyHeaders() },
    });
    setFieldError(name, null);
    setFieldError(email, null);
    showMessage(answerBox, 'success', contactAnswerText(envelope.data));
    view.notification.textContent = notificationText(envelope.data.status, envelope.data.email);
  }, async (error) => {
    showMessage(answerBox, 'error', `Not saved. ${error.message}`);
  }, CONTACT_PROMPT);
  $('contact-submit').disabled = false;
});

poll();
