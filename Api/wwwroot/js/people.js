// The gallery page: enroll from photos, list, rename, merge (person-edit.js), delete, and each person's videos
// (appearances.js); the bulk import is import.js. Writes go through withKey (gallery-key.js), which asks for the API key
// on a 401 and sends the write again.
import { apiFetch } from './api.js';
import { appearancesList } from './appearances.js';
import { checkName, checkPhotos } from './checks.js';
import { checkFields, el, showMessage } from './dom.js';
import { dateText, initials } from './format.js';
import { keyHeaders, withKey } from './gallery-key.js';
import { openMerge, openRename } from './person-edit.js';

const FACE_COUNT = /^photo(?: (\d+))? must show exactly one face; found (\d+)$/;
const $ = (elementId) => document.getElementById(elementId);

/** Face counts of every chosen photo, from the engine's detect endpoint (null when it cannot say). */
async function faceCounts(files) {
  try {
    const counts = [];
    for (const file of files) {
      const form = new FormData();
      form.append('image', file);
      const envelope = await apiFetch('/api/faces/detect', { method: 'POST', body: form, headers: keyHeaders() });
      counts.push(envelope.data.faces.length);
    }
    return counts;
  } catch {
    return null;
  }
}

/** Turns "photo 2 must show exactly one face; found 3" into a line per photo with its face count. */
async function reportRefusedPhotos(files, serverError) {
  const match = FACE_COUNT.exec(serverError ?? '');
  if (!match) {
    return false;
  }
  const refusedIndex = match[1] ? Number(match[1]) - 1 : 0;
  const counts = (files.length > 1 ? await faceCounts(files) : null)
    ?? files.map((_, i) => (i === refusedIndex ? Number(match[2]) : null));
  const words = (n) => (n === 0 ? 'no face' : n === 1 ? '1 face' : `${n} faces`);
  const report = $('photo-report');
  report.replaceChildren(...files.map((file, i) => {
    const count = counts[i];
    const refused = count !== null && count !== 1;
    const text = count === null ? `${file.name}: not checked` : `${file.name}: ${words(count)}${refused ? ' — refused' : ' — fine'}`;
    return el('li', { class: refused ? 'refused' : 'accepted' }, text);
  }));
  report.hidden = false;
  const refusedCount = counts.filter((n) => n !== null && n !== 1).length;
  showMessage($('enroll-message'), 'error',
    `Not enrolled: ${refusedCount === 1 ? 'one photo does' : `${refusedCount} photos do`} not show exactly one face. `
    + `${files[refusedIndex].name} shows ${words(Number(match[2]))}. Choose photos with only this person in them.`);
  return true;
}

$('enroll-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const name = $('person-name');
  const photos = $('photos');
  const message = $('enroll-message');
  showMessage(message, 'error', '');
  $('photo-report').hidden = true;
  if (!checkFields([[name, (input) => checkName(input.value)], [photos, (input) => checkPhotos([...input.files])]])) {
    return;
  }
  const files = [...photos.files];
  const personName = name.value.trim();
  const button = $('enroll-submit');
  button.disabled = true;
  withKey(async () => {
    const form = new FormData();
    form.append('name', personName);
    files.forEach((file) => form.append('photo', file));
    const envelope = await apiFetch('/api/people', { method: 'POST', body: form, headers: keyHeaders() });
    showMessage(message, 'success', `${envelope.data.name} is enrolled from ${envelope.data.photos} photo${envelope.data.photos === 1 ? '' : 's'}.`);
    $('enroll-form').reset();
    await loadPeople();
  }, async (error) => {
    if (!(error.status === 400 && await reportRefusedPhotos(files, error.serverError))) {
      showMessage(message, 'error', `Not enrolled. ${error.message}`);
    }
    message.focus();
  }).finally(() => {
    button.disabled = false;
  });
});

function deletePerson(person) {
  if (!window.confirm(`Delete ${person.name} from the gallery? They will no longer be recognised.`)) {
    return;
  }
  withKey(async () => {
    await apiFetch(`/api/people/${encodeURIComponent(person.person_id)}`, { method: 'DELETE', headers: keyHeaders() });
    await loadPeople(`${person.name} was deleted.`);
  }, (error) => showMessage($('list-message'), 'error', `${person.name} was not deleted. ${error.message}`));
}

function avatar(person) {
  if (person.thumbnail_url) {
    return el('img', { class: 'avatar', src: person.thumbnail_url, alt: '', loading: 'lazy' });
  }
  return el('span', { class: 'avatar', 'aria-hidden': 'true', 'data-hue': String([...person.name].reduce((h, c) => h + c.codePointAt(0), 0) % 6) }, initials(person.name));
}

/** A button whose accessible name says whom it acts on, from hidden text rather than a label. */
function personButton(text, person, onclick, kind = null) {
  return el('button', { type: 'button', class: kind, onclick }, text, el('span', { class: 'visually-hidden' }, ` ${person.name}`));
}

function personItem(person) {
  const item = el('li', { class: 'person' });
  const edited = (note) => loadPeople(note);
  item.append(
    avatar(person),
    el('span', { class: 'person-text' },
      el('strong', {}, person.name),
      el('span', { class: 'hint' }, `${person.photos} photo${person.photos === 1 ? '' : 's'} · enrolled ${dateText(person.created_at)}`)),
    el('span', { class: 'person-actions' },
      personButton('Rename', person, () => openRename(person, item, edited)),
      personButton('Merge…', person, () => openMerge(person, item, edited)),
      el('button', { type: 'button', class: 'danger', 'aria-label': `Delete ${person.name}`, onclick: () => deletePerson(person) }, 'Delete')),
    appearancesList(person));
  return item;
}

const PAGE_SIZE = 100;
let nextCursor = null;
let shown = 0;

/** The gallery page by page (by name), optionally only names starting with the search text; more=true appends the next page. */
async function loadPeople(note = '', more = false) {
  showMessage($('list-message'), 'error', '');
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  const search = $('people-search').value.trim();
  if (search) {
    query.set('name', search);
  }
  if (more && nextCursor) {
    query.set('cursor', nextCursor);
  }
  try {
    const envelope = await apiFetch(`/api/people?${query}`);
    const items = envelope.data.people.map(personItem);
    if (more) {
      $('people-list').append(...items);
      shown += items.length;
    } else {
      $('people-list').replaceChildren(...items);
      shown = items.length;
    }
    nextCursor = envelope.data.next_cursor;
    $('people-more').hidden = !nextCursor;
    const who = shown === 1 ? 'person' : 'people';
    const count = shown === 0
      ? (search ? `Nobody's name starts with "${search}".` : 'Nobody is enrolled yet.')
      : `${nextCursor ? `The first ${shown}` : shown} ${who}${search ? ` whose name starts with "${search}"` : ' enrolled'}.`;
    $('list-status').textContent = note ? `${note} ${count}` : count;
  } catch (error) {
    showMessage($('list-message'), 'error', `The gallery could not be loaded. ${error.message}`);
  }
}

$('people-more').addEventListener('click', () => loadPeople('', true));

// An import (import.js) that created people.
document.addEventListener('gallery-changed', (event) => loadPeople(event.detail ?? ''));

let searchTimer = null;
$('people-search').addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  searchTimer = window.setTimeout(() => loadPeople(), 250);
});

loadPeople();
