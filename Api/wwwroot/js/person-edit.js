// Renaming a gallery person (PATCH /api/people/{id}) and merging another person into them (POST /api/people/{id}/merge),
// each in a small form opened inside the person's list item. Both are gallery writes, sent through withKey.
import { apiFetch } from './api.js';
import { checkName } from './checks.js';
import { el, setFieldError, showMessage } from './dom.js';
import { keyHeaders, withKey } from './gallery-key.js';
import { personPicker } from './person-picker.js';

const $ = (elementId) => document.getElementById(elementId);

function sendJson(url, method, body) {
  return apiFetch(url, { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...keyHeaders() } });
}

/** Replaces whatever form is open in the item with this one and focuses its first field. */
function open(item, form, field) {
  item.querySelector('.person-edit')?.remove();
  item.append(form);
  field.focus();
}

function field(id, labelText, input, hint = null) {
  return el('div', { class: 'field' },
    el('label', { for: id }, labelText),
    hint ? el('p', { id: `${id}-hint`, class: 'hint' }, hint) : null,
    input,
    el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

/** The form to give a person another name; done(note) reloads the list with a note. */
export function openRename(person, item, done) {
  const id = `rename-${person.person_id}`;
  const input = el('input', { id, type: 'text', autocomplete: 'off', maxlength: '200', value: person.name, 'aria-describedby': `${id}-error` });
  const form = el('form', { class: 'person-edit', novalidate: true },
    field(id, `New name for ${person.name}`, input),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, 'Change it'),
      el('button', { type: 'button', onclick: () => form.remove() }, 'Cancel')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = checkName(input.value);
    setFieldError(input, problem);
    if (problem) {
      input.focus();
      return;
    }
    const name = input.value.trim();
    withKey(async () => {
      const envelope = await sendJson(`/api/people/${encodeURIComponent(person.person_id)}`, 'PATCH', { name });
      await done(`${person.name} is now called ${envelope.data.name}.`);
    }, (error) => {
      setFieldError(input, `Not changed. ${error.message}`);
      input.focus();
    });
  });
  open(item, form, input);
}

/** The form to merge another person into this one: their photos move here and they leave the gallery. */
export function openMerge(person, item, done) {
  const id = `merge-${person.person_id}`;
  const input = el('input', { id, type: 'search', autocomplete: 'off', maxlength: '200', 'aria-describedby': `${id}-hint ${id}-error` });
  const choices = el('ul', { class: 'choices' });
  const form = el('form', { class: 'person-edit', novalidate: true },
    field(id, `Merge someone into ${person.name}`, input,
      `The first letters of the other person's name. Their photos are added to ${person.name} and they leave the gallery.`),
    el('fieldset', { class: 'choices' }, el('legend', { class: 'visually-hidden' }, 'The person to merge in'), choices),
    el('div', { class: 'actions' },
      el('button', { type: 'submit', class: 'primary' }, `Merge into ${person.name}`),
      el('button', { type: 'button', onclick: () => form.remove() }, 'Cancel')));
  const picker = personPicker(input, choices, { exclude: person.person_id });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = await picker.selection();
    const problem = chosen?.person_id ? null : 'Type the first letters of the other person\'s name and choose them.';
    setFieldError(input, problem);
    if (problem) {
      input.focus();
      return;
    }
    if (!window.confirm(`Merge ${chosen.name} into ${person.name}? ${chosen.name}'s photos go to ${person.name} and ${chosen.name} leaves the gallery.`)) {
      return;
    }
    withKey(async () => {
      await sendJson(`/api/people/${encodeURIComponent(person.person_id)}/merge`, 'POST', { from: chosen.person_id });
      await done(`${chosen.name} was merged into ${person.name}.`);
    }, (error) => showMessage($('list-message'), 'error', `Not merged. ${error.message}`));
  });
  open(item, form, input);
}
