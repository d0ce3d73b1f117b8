// The gallery's API key: kept in this tab's session storage, sent as X-Api-Key on writes. A write answered 401
// opens the key form and is sent again once a key is entered.
import { ApiError } from './api.js';
import { checkFields, setFieldError, showMessage } from './dom.js';

const $ = (elementId) => document.getElementById(elementId);

const KEY_STORAGE = 'faceclassifier.apiKey';

let retryAfterKey = null;

export function apiKey() {
  return window.sessionStorage.getItem(KEY_STORAGE);
}

export function keyHeaders() {
  const key = apiKey();
  return key ? { 'X-Api-Key': key } : {};
}

/** Runs a gallery write; on 401 asks for the key and keeps the write to send again. */
export async function withKey(action, onError) {
  try {
    await action();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      retryAfterKey = () => withKey(action, onError);
      askForKey(apiKey()
        ? `The API key was not accepted (${error.message.replace(/\.$/, '')}). Enter the right key; the change is then sent again.`
        : 'Changing the gallery needs the server\'s API key. Enter it here; the change is then sent again.');
      return;
    }
    await onError(error);
  }
}

function askForKey(text) {
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

