// The job's video and its timeline: one lane per person and unknown face across the whole video, a block per segment
// in which that face is on screen. Clicking a block seeks the player to the segment's start and plays from there.
import { el } from './dom.js';
import { timeText } from './format.js';

const $ = (elementId) => document.getElementById(elementId);

let wired = false;
let shownLength = 1;

/** The video is long enough for every segment, even when the result's duration is missing or rounded down. */
function lengthOf(duration, faces) {
  const lastEnd = Math.max(0, ...faces.flatMap((face) => face.segments ?? []).map((segment) => segment.end_s));
  return Math.max(Number(duration) || 0, lastEnd) || 1;
}

function seek(seconds) {
  const video = $('player');
  video.currentTime = seconds;
  // Autoplay rules may refuse; the player then waits at the segment's start for the user to press play.
  video.play()?.catch(() => {});
}

function segmentBlock(face, segment, length) {
  const block = el('button', {
    type: 'button',
    class: 'segment',
    'data-start': String(segment.start_s),
    title: `${face.title}: ${timeText(segment.start_s)} – ${timeText(segment.end_s)}`,
    onclick: () => seek(segment.start_s),
  }, el('span', { class: 'visually-hidden' }, `Play ${face.title} from ${timeText(segment.start_s)} to ${timeText(segment.end_s)}`));
  // Positions go through the CSSOM: the page's content security policy refuses style attributes.
  block.style.left = `${(segment.start_s / length) * 100}%`;
  block.style.width = `${(Math.max(0, segment.end_s - segment.start_s) / length) * 100}%`;
  return block;
}

function lane(face, length) {
  return el('li', { class: `lane ${face.kind}`, 'data-face-id': face.face_id },
    el('span', { class: 'lane-label' },
      face.thumbnail_url ? el('img', { class: 'thumb small', src: face.thumbnail_url, alt: '' }) : null,
      el('span', {}, face.title)),
    el('span', { class: 'lane-bar' }, ...(face.segments ?? []).map((segment) => segmentBlock(face, segment, length))));
}

function movePlayhead() {
  $('playhead').style.left = `${(Math.min($('player').currentTime, shownLength) / shownLength) * 100}%`;
}

/** Shows the player (with the result as subtitles) and the lanes; called again whenever the result changes. */
export function renderTimeline(jobId, data, version) {
  const result = data.result;
  const faces = [
    ...result.people.map((person) => ({ ...person, kind: 'known', title: person.name })),
    ...result.unknown_faces.map((face) => ({ ...face, kind: 'unknown', title: face.label })),
  ];
  const length = lengthOf(result.duration_s, faces);
  const video = $('player');
  if (data.video_file_url && video.getAttribute('src') !== data.video_file_url) {
    video.src = data.video_file_url;
  }
  // A new track element each time, so that a renamed face's cues are fetched again.
  const captions = el('track', {
    kind: 'subtitles', srclang: 'en', label: 'Who is on screen', default: true,
    src: `/api/classification/${encodeURIComponent(jobId)}/result.vtt?v=${version}`,
  });
  video.querySelectorAll('track').forEach((track) => track.remove());
  video.append(captions);

  $('timeline-lanes').replaceChildren(...faces.map((face) => lane(face, length)));
  $('timeline-end').textContent = timeText(length);
  $('no-faces').hidden = faces.length > 0;
  shownLength = length;
  movePlayhead();
  if (!wired) {
    wired = true;
    video.addEventListener('timeupdate', movePlayhead);
    video.addEventListener('seeked', movePlayhead);
  }
  $('timeline').hidden = false;
}
