// A completed job's result on the job page: the classified frame, the people and unknown faces with their pictures and
// what can be done about each, the downloads and the timeline. Drawn again whenever the result changes.
import { el } from './dom.js';
import { nameFace, rejectFace } from './face-naming.js';
import { percentText, timeText } from './format.js';
import { renderTimeline } from './timeline.js';

const $ = (elementId) => document.getElementById(elementId);

let version = 0;

function cell(label, ...content) {
  return el('td', { 'data-label': label }, ...content);
}

/** The face's picture beside its name; the name says who it is, so the picture has no text of its own. */
function faceHeader(label, title, thumbnailUrl) {
  return el('th', { scope: 'row', 'data-label': label },
    el('span', { class: 'face' },
      thumbnailUrl ? el('img', { class: 'thumb', src: thumbnailUrl, alt: '', decoding: 'async' }) : null,
      el('span', {}, title)));
}

function segmentsText(segments) {
  return (segments ?? []).map((segment) => `${timeText(segment.start_s)}–${timeText(segment.end_s)}`).join(', ');
}

function personRow(person) {
  return el('tr', { 'data-face-id': person.face_id },
    faceHeader('Name', person.name, person.thumbnail_url),
    cell('Confidence', percentText(person.confidence)),
    cell('On screen', segmentsText(person.segments) || `${timeText(person.first_seen_s)}–${timeText(person.last_seen_s)}`),
    cell('Appearances', String(person.appearances)),
    cell('Correct it', person.face_id
      ? el('button', { type: 'button', onclick: () => rejectFace(person) },
        'Not this person', el('span', { class: 'visually-hidden' }, ` (${person.name} is someone else)`))
      : null));
}

function unknownRow(face) {
  return el('tr', { 'data-face-id': face.face_id },
    faceHeader('Face', face.label, face.thumbnail_url),
    cell('On screen', segmentsText(face.segments) || `${timeText(face.first_seen_s)}–${timeText(face.last_seen_s)}`),
    cell('Appearances', String(face.appearances)),
    cell('Who is it?', face.face_id
      ? el('button', { type: 'button', onclick: () => nameFace(face) },
        'Name this face', el('span', { class: 'visually-hidden' }, ` (${face.label})`))
      : null));
}

function renderFrame(data, result) {
  if (!data.image_file_url) {
    return;
  }
  const frame = $('frame');
  // Correcting a face leaves the frame as it is; a fresh signed link would only make it load again.
  if (!frame.getAttribute('src')) {
    frame.src = data.image_file_url;
  }
  const names = result.people.map((person) => person.name);
  frame.alt = names.length
    ? `The video's best frame with boxes around the faces, labelled ${names.join(', ')}.`
    : 'The video\'s best frame with boxes around the faces found.';
  $('frame-caption').textContent = names.length ? `Recognised: ${names.join(', ')}` : 'Nobody from the gallery was recognised.';
}

/** Draws the result of a completed job (data: the job's envelope data). */
export function showResult(jobId, data) {
  const result = data.result ?? { people: [], unknown_faces: [], duration_s: 0 };
  version += 1;
  renderFrame(data, result);
  $('summary').textContent =
    `${result.faces_detected ?? 0} faces detected in ${result.frames_analysed ?? 0} frames of a ${timeText(result.duration_s)} video.`;

  $('people').tBodies[0].replaceChildren(...result.people.map(personRow));
  $('no-people').hidden = result.people.length > 0;
  $('people').hidden = result.people.length === 0;
  $('unknown').tBodies[0].replaceChildren(...result.unknown_faces.map(unknownRow));
  $('no-unknown').hidden = result.unknown_faces.length > 0;
  $('unknown').hidden = result.unknown_faces.length === 0;

  const base = `/api/classification/${encodeURIComponent(jobId)}/result`;
  $('download-vtt').href = `${base}.vtt`;
  $('download-csv').href = `${base}.csv`;
  $('results').hidden = false;
  renderTimeline(jobId, data, version);
}
