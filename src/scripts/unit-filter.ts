/** The units index's filter box: keeps the units whose printed forms or region contain what is typed, in either script. */
import { strings } from '../i18n/strings.ts';
import { queryReading as foldForSearch } from '../search/fold.ts';

export function startUnitFilter(root: ParentNode): void {
  const form = root.querySelector<HTMLFormElement>('[data-unit-filter]');
  const input = form?.querySelector('input');
  if (!form || !input) return;
  const count = form.querySelector('output');
  const sections = [...root.querySelectorAll<HTMLElement>('.unit-region')];
  const apply = () => {
    const wanted = foldForSearch(input.value.trim());
    let shown = 0;
    let total = 0;
    for (const section of sections) {
      const inRegion = foldForSearch(section.dataset.region ?? '').includes(wanted);
      let any = false;
      for (const item of section.querySelectorAll<HTMLElement>('li[data-names]')) {
        total++;
        item.hidden = !(inRegion || foldForSearch(item.dataset.names ?? '').includes(wanted));
        if (item.hidden) continue;
        any = true;
        shown++;
      }
      section.hidden = !any;
    }
    if (count) count.textContent = strings.units.shown(shown, total);
  };
  input.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}
