/**
 * Notice pages: copy a clause's link or citation, and highlight the clause the URL's #eId points at.
 * A clause block is its heading plus everything after it up to the next heading of the same or a higher level
 * (the MDX body is flat inside each part), so :target alone can only mark the heading.
 */
import { fragmentId } from '../lib/fragment.ts';

const TARGET = 'is-target';

function headingLevel(el: Element): number | null {
  const match = /^H([2-6])$/.exec(el.tagName);
  return match ? Number(match[1]) : null;
}

function clauseBlock(el: HTMLElement): HTMLElement[] {
  const level = headingLevel(el);
  if (level === null) return [el];
  const block = [el];
  for (let next = el.nextElementSibling; next instanceof HTMLElement; next = next.nextElementSibling) {
    const nextLevel = headingLevel(next);
    if (nextLevel !== null && nextLevel <= level) break;
    block.push(next);
  }
  return block;
}

function highlight() {
  for (const el of document.querySelectorAll(`.${TARGET}`)) el.classList.remove(TARGET);
  const id = fragmentId(location.hash);
  const target = id ? document.getElementById(id) : null;
  // Part titles (h2) are anchors too, but highlighting a whole part would only repaint the page.
  if (!target || target.tagName === 'H2') return;
  for (const el of clauseBlock(target)) el.classList.add(TARGET);
}

async function copy(button: HTMLButtonElement) {
  const text =
    button.dataset.copy === 'link'
      ? new URL(`#${button.dataset.target}`, location.href).href
      : (button.dataset.citation ?? '');
  const status = document.getElementById('copyStatus');
  let message: string;
  try {
    await navigator.clipboard.writeText(text);
    message = button.closest<HTMLElement>('[data-copied]')?.dataset.copied ?? '✓';
  } catch {
    message = button.closest<HTMLElement>('[data-copy-failed]')?.dataset.copyFailed ?? '✗';
    window.prompt(message, text);
  }
  button.dataset.label = message;
  if (status) status.textContent = `${message}：${text}`;
  // The aria-label never changes, so it restores the label even after quick repeated clicks.
  setTimeout(() => (button.dataset.label = button.getAttribute('aria-label') ?? ''), 1600);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
  if (button) void copy(button);
});
window.addEventListener('hashchange', highlight);
highlight();
