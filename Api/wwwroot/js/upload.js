// The upload page: check the form as the server would, send it with a progress bar, then open the job page. When the
// server wants a key for uploads, the key form (gallery-key.js) appears and the video is sent again with the key.
import { uploadWithProgress } from './api.js';
import { checkEmail, checkName, checkVideo, checkWebhook, formatBytes } from './checks.js';
import { checkFields, showMessage } from './dom.js';
import { keyHeaders, withKey } from './gallery-key.js';

const form = document.getElementById('upload-form');
const fields = {
  name: document.getElementById('name'),
  email: document.getElementById('email'),
  file: document.getElementById('file'),
  webhook: document.getElementById('webhook_url'),
};
const message = document.getElementById('form-message');
const submit = document.getElementById('submit');
const progress = document.getElementById('upload-progress');
const bar = document.getElementById('upload-bar');
const progressText = document.getElementById('upload-text');

const UPLOAD_PROMPT = {
  missing: 'Uploading needs a key from the server\'s operator. Enter it here; the video is then sent again.',
  then: 'the video is then sent again',
};

const rules = [
  [fields.name, (input) => checkName(input.value)],
  [fields.email, (input) => checkEmail(input.value)],
  [fields.file, (input) => checkVideo(input.files[0])],
  [fields.webhook, (input) => checkWebhook(input.value)],
];

// A chosen file is checked at once, so a wrong file is pointed out before the rest is filled in.
fields.file.addEventListener('change', () => checkFields([rules[2]]));

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  showMessage(message, 'error', '');
  if (!checkFields(rules)) {
    return;
  }

  const data = new FormData();
  data.append('name', fields.name.value.trim());
  data.append('email', fields.email.value.trim());
  if (fields.webhook.value.trim()) {
    data.append('webhook_url', fields.webhook.value.trim());
  }
  // The file goes last: the server reads the text fields while the video streams to storage.
  data.append('file', fields.file.files[0]);

  await withKey(() => send(data), async (error) => {
    showMessage(message, 'error', `The video was not accepted. ${error.message}`);
    message.focus();
  }, UPLOAD_PROMPT);
});

/** Sends the form with a progress bar and opens the job page; a refusal hides the bar and is thrown to withKey. */
async function send(data) {
  submit.disabled = true;
  progress.hidden = false;
  bar.value = 0;
  progressText.textContent = 'Starting the upload…';
  let lastAnnounced = -1;
  try {
    const answer = await uploadWithProgress('/api/upload', data, (loaded, total) => {
      const percent = Math.floor((loaded / total) * 100);
      bar.value = percent;
      // Announce in steps of 10 %, not on every progress event.
      if (Math.floor(percent / 10) !== lastAnnounced) {
        lastAnnounced = Math.floor(percent / 10);
        progressText.textContent = `${percent} % of ${formatBytes(total)} sent`;
      }
      if (loaded === total) {
        progressText.textContent = 'Uploaded. The server is checking the video…';
      }
    }, keyHeaders());
    progressText.textContent = 'Accepted. Opening the job page…';
    window.location.assign(`/jobs/${encodeURIComponent(answer.id)}`);
  } catch (error) {
    progress.hidden = true;
    throw error;
  } finally {
    submit.disabled = false;
  }
}
