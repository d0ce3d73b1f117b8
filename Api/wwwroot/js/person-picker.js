// Choosing a gallery person by the first letters of their name: a text field and, below it, a radio list of the people
// whose names start with what was typed (GET /api/people?name=), optionally led by "a new person with this name".
import { apiFetch } from './api.js';
import { el } from './dom.js';

const MATCHES = 8;
const TYPING_PAUSE_MS = 250;

let pickers = 0;

/**
 * Wires a picker to an input and an empty element for the choices. offerNew: the first choice is a new person named
 * as typed; exclude: a person id never offered. Returns selection(): { name } or { person_id, name }, or null.
 */
export function personPicker(input, choices, { offerNew = false, exclude = null } = {}) {
  const group = `person-choice-${(pickers += 1)}`;
  let timer = null;
  let asked = 0;
  let shownFor = null;

  function choice(value, text, person) {
    const id = `${group}-${choices.childElementCount}`;
    const radio = el('input', { type: 'radio', name: group, id, value, 'data-name': person?.name ?? null });
    return el('li', { class: 'choice' }, radio, el('label', { for: id }, text));
  }

  async function refresh() {
    const typed = input.value.trim();
    const ask = (asked += 1);
    let people = [];
    if (typed) {
      try {
        const query = new URLSearchParams({ name: typed, limit: String(MATCHES + 1) });
        people = (await apiFetch(`/api/people?${query}`)).data.people.filter((p) => p.person_id !== exclude).slice(0, MATCHES);
      } catch {
        people = [];
      }
    }
    if (ask !== asked) {
      return; // an older answer arriving after a newer one
    }
    shownFor = typed;
    const previous = choices.querySelector('input:checked')?.value;
    choices.replaceChildren();
    if (offerNew && typed) {
      choices.append(choice('', `A new person named “${typed}”`, null));
    }
    for (const person of people) {
      choices.append(choice(person.person_id, `${person.name} (already in the gallery, ${person.photos} photo${person.photos === 1 ? '' : 's'})`, person));
    }
    const keep = [...choices.querySelectorAll('input')].find((radio) => radio.value === previous) ?? choices.querySelector('input');
    if (keep) {
      keep.checked = true;
    }
    choices.dispatchEvent(new CustomEvent('choices-shown', { bubbles: true }));
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, TYPING_PAUSE_MS);
  });

  return {
    refresh,
    /** The choice made; when the text changed since the list was shown, the list is brought up to date first. */
    async selection() {
      if (input.value.trim() !== shownFor) {
        window.clearTimeout(timer);
        await refresh();
      }
      const checked = choices.querySelector('input:checked');
      if (!checked) {
        return null;
      }
      return checked.value ? { person_id: checked.value, name: checked.dataset.name } : { name: input.value.trim() };
    },
  };
}
