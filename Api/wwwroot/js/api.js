// Talks to the REST API: the envelopes in, readable sentences out. No raw JSON ever reaches the page.

/**
 * A failed request: the HTTP status (0 when the server was not reached), a message for people and, over a rate
 * limit (429), the seconds the server asked to wait (Retry-After) or null.
 */
export class ApiError extends Error {
  constructor(status, message, serverError = null, retryAfter = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.serverError = serverError;
    this.retryAfter = retryAfter;
  }
}

const GENERIC = {
  400: 'The server could not accept this request.',
  401: 'This action needs the server\'s API key.',
  403: 'The server refused access.',
  404: 'Nothing was found at this address.',
  413: 'The file is too large for the server.',
};

/** Makes "email is not valid" read as "Email is not valid." */
export function sentence(text) {
  const trimmed = String(text).trim();
  if (!trimmed) {
    return trimmed;
  }
  const first = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/** Whole seconds from a Retry-After header (the server sends seconds, never a date), or null. */
export function retryAfterSeconds(header) {
  const seconds = /^\s*\d+\s*$/.test(header ?? '') ? Number.parseInt(header, 10) : NaN;
  return Number.isFinite(seconds) ? seconds : null;
}

/** The message to show for an HTTP status, the (possibly missing) envelope the server sent and Retry-After in seconds. */
export function messageFor(status, body, retryAfter = null) {
  if (status === 429) {
    return retryAfter === null
      ? 'Too many requests — please wait a moment and try again.'
      : `Too many requests — try again in ${retryAfter} s.`;
  }
  if (status >= 500) {
    return `The server ran into an unexpected problem (HTTP ${status}). Please try again in a moment.`;
  }
  const detail = body && typeof body.error === 'string' ? body.error.trim() : '';
  if (detail) {
    return sentence(detail);
  }
  return GENERIC[status] ?? `The request failed (HTTP ${status}).`;
}

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function failure(status, json, retryAfterHeader) {
  const retryAfter = status === 429 ? retryAfterSeconds(retryAfterHeader) : null;
  return new ApiError(status, messageFor(status, json, retryAfter), json?.error ?? null, retryAfter);
}

/** fetch for the JSON API: resolves to the envelope on 2xx, rejects with an ApiError otherwise. */
export async function apiFetch(url, { method = 'GET', body, headers = {}, signal } = {}) {
  let response;
  try {
    response = await fetch(url, { method, body, headers: { Accept: 'application/json', ...headers }, signal, cache: 'no-store' });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, 'Could not reach the server. Check the connection and try again.');
  }
  const json = parseJson(await response.text());
  if (!response.ok) {
    throw failure(response.status, json, response.headers.get('Retry-After'));
  }
  if (json === null) {
    throw new ApiError(response.status, 'The server sent an answer this page cannot read.');
  }
  return json;
}

/** POSTs a form with XMLHttpRequest so the upload's progress can be shown; onProgress(loaded, total). */
export function uploadWithProgress(url, formData, onProgress, headers = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(headers)) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded, event.total);
      }
    });
    xhr.addEventListener('load', () => {
      const json = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && json) {
        resolve(json);
      } else {
        reject(failure(xhr.status, json, xhr.getResponseHeader('Retry-After')));
      }
    });
    xhr.addEventListener('error', () =>
      reject(new ApiError(0, 'The upload was interrupted: the server could not be reached or closed the connection. Please try again.')));
    xhr.addEventListener('abort', () => reject(new ApiError(0, 'The upload was cancelled.')));
    xhr.send(formData);
  });
}
