// Correcting a job's result: "Name this face" on an unknown face (a new gallery person, or one already there) and "Not
// this person" on a named one. Both are gallery writes: withKey (gallery-key.js) asks for the API key on a 401 and sends
// them again. Afterwards the job is read again, so the page shows the result as the server now has it.
import { apiFetch } from './api.js';
import { checkName } from './checks.js';
import { setFieldError, showMessage } from './dom.js';
import { keyHeaders, withKey } from './gallery-key.js';
import { personPicker } from './person-picker.js';

const $ = (elementId) => document.getElementById(elementId);

let jobId = '';
let reload = async () => {};
let naming = null;
let picker = null;

/** The job whose faces are corrected, and how to read it again after a change. */
export function initFaceNaming(id, reloadJob) {
  jobId = id;
  reload = reloadJob;
  picker = personPicker($('face-name'), $('face-choices'), { offerNew: true });
  $('face-choices').addEventListener('choices-shown', () => {
    $('face-choices-set').hidden = $('face-choices').childElementCount === 0;
  });
}

function faceUrl(faceId, action) {
  return `/api/classification/${encodeURIComponent(jobId)}/faces/${encodeURIComponent(faceId)}/${action}`;
}

function post(url, body) {
  return apiFetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...keyHeaders() } });
}

/** Opens the form for naming an unknown face. */
export function nameFace(face) {
  naming = face;
  $('name-face-heading').textContent = `Who is ${face.label}?`;
  const thumb = $('name-face-thumb');
  thumb.hidden = !face.thumbnail_url;
  thumb.src = face.thumbnail_url ?? '';
  thumb.alt = face.thumbnail_url ? `The face of ${face.label}.` : '';
  $('name-form').reset();
  $('face-choices').replaceChildren();
  $('face-choices-set').hidden = true;
  setFieldError($('face-name'), null);
  showMessage($('name-message'), 'error', '');
  $('name-face').hidden = false;
  $('face-name').focus();
}

function closeForm() {
  naming = null;
  $('name-face').hidden = true;
}

$('name-cancel').addEventListener('click', closeForm);

$('name-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const face = naming;
  const input = $('face-name');
  const chosen = await picker.selection();
  const problem = !chosen ? 'Type the person\'s name.' : (chosen.person_id ? null : checkName(chosen.name));
  setFieldError(input, problem);
  if (problem || !face) {
    input.focus();
    return;
  }
  const body = chosen.person_id ? { person_id: chosen.person_id } : { name: chosen.name };
  $('name-submit').disabled = true;
  await withKey(async () => {
    const envelope = await post(faceUrl(face.face_id, 'name'), body);
    closeForm();
    await reload();
    showMessage($('faces-message'), 'success',
      `${face.label} is now named ${envelope.data.name}. ${chosen.person_id ? 'This face was added to their photos' : 'They are in the gallery now'} and will be recognised from now on.`);
  }, (error) => {
    showMessage($('name-message'), 'error', `Not named. ${error.message}`);
    $('name-message').focus();
  });
  $('name-submit').disabled = false;
});

/** Tells the server that a named face is someone else: it becomes an unknown face again. */
export function rejectFace(person) {
  showMessage($('faces-message'), 'info', '');
  return withKey(async () => {
    await post(faceUrl(person.face_id, 'reject'), { person_id: person.person_id });
    await reload();
    showMessage($('faces-message'), 'success',
      `${person.name} was taken off this face and it will not be taken for them again. It is listed under unknown faces.`);
  }, (error) => showMessage($('faces-message'), 'error', `Not changed. ${error.message}`));
}
