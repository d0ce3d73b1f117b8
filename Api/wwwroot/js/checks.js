// The server's input rules, checked in the browser before anything is sent. The server checks again;
// a file that only looks like a video (right name, wrong content) is caught there.

export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS = 10;
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
export const ARCHIVE_EXTENSIONS = ['zip', 'tar'];
export const MAX_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;
export const VIDEO_EXTENSIONS = ['mp4', 'm4v', 'mov', 'mkv', 'webm', 'avi'];
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/bmp', 'image/webp'];

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export function formatBytes(bytes) {
  if (bytes >= 1024 * 1024 * 1024) {
    return `${(bytes / (1024 * 1024 * 1024)).toFixed(bytes % (1024 * 1024 * 1024) === 0 ? 0 : 1)} GB`;
  }
  if (bytes >= 1024 * 1024) {
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  }
  if (bytes >= 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  return `${bytes} bytes`;
}

/** Null when the name is acceptable, else what to fix. */
export function checkName(value) {
  const name = value.trim();
  if (!name) {
    return 'Enter a name.';
  }
  if ([...name].length > MAX_NAME_LENGTH) {
    return `The name must be at most ${MAX_NAME_LENGTH} characters.`;
  }
  return CONTROL.test(name) ? 'The name must not contain control characters.' : null;
}

/** Null for a plain address like someone@example.com, as the server accepts. */
export function checkEmail(value) {
  const email = value.trim();
  if (!email) {
    return 'Enter an email address.';
  }
  const at = email.indexOf('@');
  const valid = email.length <= MAX_EMAIL_LENGTH
    && at > 0 && at === email.lastIndexOf('@')
    && email.indexOf('.', at) > at + 1 && !email.endsWith('.')
    && !/\s/.test(email) && !CONTROL.test(email);
  return valid ? null : 'Enter an email address like name@example.com.';
}

/** Null when empty (it is optional) or an absolute http(s) URL. */
export function checkWebhook(value) {
  const text = value.trim();
  if (!text) {
    return null;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'The webhook must be an http or https address.';
  } catch {
    return 'The webhook must be a full address such as https://example.com/hook.';
  }
}

function extension(fileName) {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Null when the file looks like an acceptable video (type, extension, size). */
export function checkVideo(file, maxBytes = MAX_VIDEO_BYTES) {
  if (!file) {
    return 'Choose a video file.';
  }
  const typeOk = !file.type || file.type.startsWith('video/') || file.type === 'application/octet-stream';
  if (!VIDEO_EXTENSIONS.includes(extension(file.name)) || !typeOk) {
    return `"${file.name}" is not a supported video. Choose an MP4, MOV, MKV, WebM or AVI file.`;
  }
  if (file.size === 0) {
    return `"${file.name}" is empty.`;
  }
  if (file.size > maxBytes) {
    return `"${file.name}" is ${formatBytes(file.size)}; the largest video accepted is ${formatBytes(maxBytes)}.`;
  }
  return null;
}

/** Null when every photo is an image of an accepted type and size. */
export function checkPhotos(files) {
  if (!files.length) {
    return 'Choose at least one photo.';
  }
  if (files.length > MAX_PHOTOS) {
    return `Choose at most ${MAX_PHOTOS} photos at once.`;
  }
  for (const file of files) {
    if (!PHOTO_TYPES.includes(file.type)) {
      return `"${file.name}" is not a JPEG, PNG, BMP or WebP image.`;
    }
    if (file.size === 0) {
      return `"${file.name}" is empty.`;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      return `"${file.name}" is ${formatBytes(file.size)}; the largest photo accepted is ${formatBytes(MAX_PHOTO_BYTES)}.`;
    }
  }
  return null;
}

/** Null when the file looks like an import archive (a .zip or .tar of an accepted size); the server checks its content. */
export function checkArchive(file, maxBytes = MAX_IMPORT_BYTES) {
  if (!file) {
    return 'Choose a .zip or .tar file.';
  }
  if (!ARCHIVE_EXTENSIONS.includes(extension(file.name))) {
    return `"${file.name}" is not a .zip or .tar file.`;
  }
  if (file.size === 0) {
    return `"${file.name}" is empty.`;
  }
  if (file.size > maxBytes) {
    return `"${file.name}" is ${formatBytes(file.size)}; the largest archive accepted is ${formatBytes(maxBytes)}.`;
  }
  return null;
}
