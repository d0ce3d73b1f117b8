// Small DOM helpers shared by the pages: building elements and showing field and form messages.

/** el('p', { class: 'x' }, 'text', child) — attributes starting with "on" become listeners. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/** Shows (or with null clears) a field's error: text below it, aria-invalid on the control. */
export function setFieldError(input, message) {
  const error = document.getElementById(`${input.id}-error`);
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    error.textContent = message;
    error.hidden = false;
  } else {
    input.removeAttribute('aria-invalid');
    error.textContent = '';
    error.hidden = true;
  }
}

/** Checks fields with their rules; shows each error; focuses the first bad field. True when all pass. */
export function checkFields(rules) {
  let first = null;
  for (const [input, check] of rules) {
    const message = check(input);
    setFieldError(input, message);
    if (message && !first) {
      first = input;
    }
  }
  first?.focus();
  return first === null;
}

/** Shows a message box of a kind (error, success, info), or hides it when text is empty. */
export function showMessage(box, kind, text) {
  box.classList.remove('error', 'success', 'info');
  if (!text) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.classList.add(kind);
  box.textContent = text;
  box.hidden = false;
}
