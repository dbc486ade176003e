/** What the routes under /units/<slug>/ share: their paths, and the absolute link of a task's clause in exports. */
import type { Task } from './catalog.ts';
import { getCatalog } from './corpus.ts';
import { urls } from './urls.ts';

export async function unitPaths() {
  const { units } = await getCatalog();
  return units.map((unit) => ({ params: { slug: unit.slug } }));
}

/** Clause links for files read outside the site (a spreadsheet, a calendar): absolute on the deployment's SITE. */
export const clauseLink =
  (site: URL) =>
  (task: Task): string =>
    new URL(urls.notice(task.notice.id, task.clause.clause.eId), site.origin).href;
