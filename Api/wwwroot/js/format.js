// How job values read on the page.

const STAGES = {
  queued: 'Waiting in the queue',
  extracting: 'Reading frames from the video',
  analysing: 'Finding and recognising faces',
  rendering: 'Drawing the classified frame',
  notifying: 'Sending the result',
  done: 'Done',
};

const STATUSES = { processing: 'Processing', completed: 'Completed', error: 'Failed' };

export function stageText(stage) {
  return STAGES[stage] ?? stage ?? '';
}

export function statusText(status) {
  return STATUSES[status] ?? status ?? '';
}

/** The job's notification state, in words. */
export function notificationText(state, email) {
  switch (state) {
    case 'pending':
      return `Not sent yet. The result goes to ${email} when the job ends.`;
    case 'notified':
      return `The result was sent to ${email}.`;
    case 'notified to new email':
      return `The result was sent to an earlier address and then once to ${email}.`;
    case 'failed':
      return 'Sending the result failed. The operators can send it again from their dead-letter list.';
    default:
      return state ?? '';
  }
}

/** The answer to a PUT of name/email, in words. */
export function contactAnswerText(answer) {
  const { name, email, status } = answer;
  switch (status) {
    case 'pending':
      return `Saved. Nothing has been sent yet, so the result will go to ${email}, addressed to ${name}.`;
    case 'notified':
      return `Saved. The result was already sent to ${email}, so nothing is sent again.`;
    case 'notified to new email':
      return `Saved. The result had gone to an earlier address; it is now sent once to ${email}.`;
    case 'failed':
      return `Saved. Sending the result failed earlier; the operators can resend it to ${email}.`;
    default:
      return `Saved (${status}).`;
  }
}

/** 3.5 → "0:03.5"; 75 → "1:15.0". */
export function timeText(seconds) {
  const total = Math.max(0, Number(seconds) || 0);
  const minutes = Math.floor(total / 60);
  const rest = (total - (minutes * 60)).toFixed(1).padStart(4, '0');
  return `${minutes}:${rest}`;
}

export function percentText(fraction) {
  return `${Math.round((Number(fraction) || 0) * 100)} %`;
}

export function dateText(iso) {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.valueOf()) ? date.toLocaleString() : '';
}

/** Until when a finished job is kept (its expires_at), in words; '' when it is kept forever or still running. */
export function keptText(iso) {
  const date = iso ? new Date(iso) : null;
  return date && !Number.isNaN(date.valueOf())
    ? `${date.toLocaleDateString(undefined, { dateStyle: 'long' })}, then the video and the result are deleted.`
    : '';
}

/** "Grace Brewster Hopper" → "GH". */
export function initials(name) {
  const words = String(name).trim().split(/\s+/).filter(Boolean);
  if (!words.length) {
    return '?';
  }
  const first = [...words[0]][0];
  const last = words.length > 1 ? [...words[words.length - 1]][0] : '';
  return (first + last).toUpperCase();
}
