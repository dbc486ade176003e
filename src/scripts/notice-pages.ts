/**
 * A long notice shown on several pages (src/model/notice-pages.ts): a link to one of its clauses that another page
 * shows — /notices/<id>/#sec_30 from a bookmark, a unit's task list or an older link — is taken to that page, at the
 * clause. The page's article names the notice's map of clauses to pages (/notices/<id>/pages.json).
 */
import { fragmentId } from '../lib/fragment.ts';

interface PagesData {
  /** Each page's URL, the first page first. */
  urls: string[];
  /** eId → page, for the clauses past the first page. */
  pages: Record<string, number>;
}

async function followToItsPage(): Promise<void> {
  const article = document.querySelector<HTMLElement>('[data-notice-pages]');
  const id = fragmentId(location.hash);
  if (!article || !id || document.getElementById(id)) return;
  const response = await fetch(article.dataset.noticePages!);
  if (!response.ok) return;
  const { urls, pages } = (await response.json()) as PagesData;
  const page = pages[id] ?? 1;
  if (page !== Number(article.dataset.page) && urls[page - 1]) location.replace(`${urls[page - 1]}${location.hash}`);
}

void followToItsPage();
window.addEventListener('hashchange', () => void followToItsPage());
