// The videos a gallery person appears in (GET /api/people/{id}/appearances), past ones included, each linking to its
// job page. Read when the list is first opened, so a long gallery costs no request per person.
import { apiFetch } from './api.js';
import { el } from './dom.js';
import { timeText } from './format.js';

function appearanceItem(appearance) {
  const times = (appearance.segments ?? []).map((s) => `${timeText(s.start_s)}–${timeText(s.end_s)}`).join(', ')
    || `${timeText(appearance.first_seen_s)}–${timeText(appearance.last_seen_s)}`;
  return el('li', { class: 'appearance' },
    appearance.thumbnail_url ? el('img', { class: 'thumb small', src: appearance.thumbnail_url, alt: '', loading: 'lazy' }) : null,
    el('a', { href: `/jobs/${encodeURIComponent(appearance.job_id)}` }, `Job ${appearance.job_id.slice(0, 8)}`),
    ` · on screen ${times}`);
}

async function load(person, body) {
  body.replaceChildren(el('p', { class: 'hint' }, 'Looking…'));
  try {
    const envelope = await apiFetch(`/api/people/${encodeURIComponent(person.person_id)}/appearances`);
    const { appearances, refreshing } = envelope.data;
    body.replaceChildren(...[
      appearances.length
        ? el('ul', {}, ...appearances.map(appearanceItem))
        : el('p', { class: 'hint' }, `${person.name} is in none of the stored videos.`),
      refreshing ? el('p', { class: 'hint' }, 'Still looking through past videos; open this again shortly for more.') : null,
    ].filter(Boolean));
  } catch (error) {
    // Before the server keeps appearances (404 at this address) there is simply nothing to list.
    body.replaceChildren(error.status === 404 ? el('p', { class: 'hint' }, 'No videos are known for this person.')
      : el('p', { class: 'field-error' }, `The videos could not be loaded. ${error.message}`));
  }
}

/** A closed list of the person's videos that loads itself each time it is opened. */
export function appearancesList(person) {
  const body = el('div', { class: 'appearances-body' });
  const details = el('details', { class: 'appearances' }, el('summary', {}, 'Videos they appear in'), body);
  details.addEventListener('toggle', () => {
    if (details.open) {
      load(person, body);
    }
  });
  return details;
}
