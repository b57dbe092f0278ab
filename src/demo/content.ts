import type { RequestContext } from '../platform/auth/actor.js';
import type { Services } from '../services.js';
import { saveCover } from '../modules/content/media.js';
import { buildDemoArticles } from './articles.js';
import { renderCover } from './cover-images.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Publishes the demo articles as their editor wrote them and the approver published them, backdated. */
export async function loadDemoContent(services: Services, agencyId: number) {
  const { users, categories, articles, storage, clock } = services;
  const tree = await categories.tree(agencyId);
  const categoryId = new Map(tree.map((c) => [c.slug, c.id]));
  const people = await users.listAll();
  const contextOf = async (email: string): Promise<RequestContext> => {
    const user = people.find((u) => u.email === email);
    const actor = user ? await users.loadActor(user.id) : null;
    if (!actor) throw new Error(`Thiếu tài khoản mẫu ${email}`);
    return { actor, ip: '', requestId: 'demo' };
  };
  const approver = await contextOf('chanhvanphong@demo.cchc.vn');

  // Oldest first, so ids grow with publication dates as on a real portal.
  // The articles' own dates are written relative to the day they are loaded.
  for (const article of buildDemoArticles(clock.now()).sort((a, b) => b.daysAgo - a.daysAgo)) {
    const author = await contextOf(article.author);
    const id = await articles.create(author, {
      title: article.title,
      sapo: article.sapo,
      bodyHtml: article.bodyHtml,
      categoryIds: article.categories.map((slug) => String(categoryId.get(slug))),
      tags: article.tags.join(', '),
      topic: article.topic,
      coverCaption: article.cover?.caption ?? '',
      featured: article.featured ? '1' : '',
    });
    if (article.cover) await articles.setCover(author, id, await saveCover(storage, id, await renderCover(article.cover, article.title)));
    await articles.submit(author, id);
    await articles.publish(approver, id, new Date(clock.now().getTime() - article.daysAgo * DAY_MS));
  }
}
