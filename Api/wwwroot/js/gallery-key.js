// The API key: kept in this tab's session storage, sent as X-Api-Key on gallery writes, the jobs list, uploads and job
// changes. A request answered 401 (no key or an unknown one) or 403 (a key without the role) opens the key form and is
// sent again once a key is entered.
import { ApiError } from './api.js';
import { checkFields, setFieldError, showMessage } from './dom.js';

const $ = (elementId) => document.getElementById(elementId);

const KEY_STORAGE = 'faceclassifier.apiKey';

let retryAfterKey = null;

/** What the key form says when a gallery write needs the key (missing) and when the key sent was refused (then). */
const GALLERY_PROMPT = {
  missing: 'Changing the gallery needs the server\'s API key. Enter it here; the change is then sent again.',
  then: 'the change is then sent again',
};

export function apiKey() {
  return window.sessionStorage.getItem(KEY_STORAGE);
}

export function keyHeaders() {
  const key = apiKey();
  return key ? { 'X-Api-Key': key } : {};
}

/** Runs a gallery write (or, with its own prompt, another request); on 401 or 403 asks for a key and keeps the request to send again. */
export async function withKey(action, onError, prompt = GALLERY_PROMPT) {
  try {
    await action();
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      retryAfterKey = () => withKey(action, onError, prompt);
      askForKey(apiKey()
        ? `The API key was not accepted (${error.message.replace(/\.$/, '')}). Enter the right key; ${prompt.then}.`
        : prompt.missing);
      return;
    }
    await onError(error);
  }
}

function askForKey(text) {
  // The upload page keeps its panel hidden until the server asks for a key.
  $('key-panel').hidden = false;
  $('key-panel').open = true;
  showMessage($('key-message'), 'info', text);
  $('api-key').focus();
}

$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = $('api-key');
  if (!checkFields([[input, (field) => (field.value.trim() ? null : 'Enter the API key.')]])) {
    return;
  }
  window.sessionStorage.setItem(KEY_STORAGE, input.value.trim());
  input.value = '';
  showMessage($('key-message'), 'success', 'Key saved for this tab.');
  const retry = retryAfterKey;
  retryAfterKey = null;
  retry?.();
});

$('key-forget').addEventListener('click', () => {
  window.sessionStorage.removeItem(KEY_STORAGE);
  setFieldError($('api-key'), null);
  showMessage($('key-message'), 'info', 'The key is forgotten.');
});

