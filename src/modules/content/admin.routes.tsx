import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { idParam } from '../../platform/http/params.js';
import { readUpload } from '../../platform/http/uploads.js';
import { filteredList, submitForm } from '../../platform/http/web.js';
import { MAX_UPLOAD_BYTES } from '../../platform/storage/uploads.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import {
  ArticlesPage,
  CategoriesPage,
  CategoryPage,
  EditArticlePage,
  NewArticlePage,
  RevisionsPage,
} from './admin.views.js';
import type { Article } from './articles.repo.js';
import { contentPolicy } from './content.policy.js';
import { saveAttachment, saveCover } from './media.js';

type Body = Record<string, string | string[]>;
type IdParams = { Params: { id: string } };

const articleValues = (a: Article) => ({
  title: a.title,
  sapo: a.sapo,
  bodyHtml: a.bodyHtml,
  categoryIds: a.categoryIds.map(String),
  tags: a.tags.join(', '),
  topic: a.topic,
  coverCaption: a.coverCaption,
  featured: a.featured ? '1' : '',
});

/** The back office of the portal: articles with their editorial workflow, categories, portal links. */
export async function adminRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { articles, categories, portal, storage } = services;
  app.addHook('onRequest', requireActor);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });

  const ownCategories = (request: FastifyRequest) => categories.tree(request.actor!.organizationId);

  app.get<{ Querystring: Record<string, string> }>('/admin/articles', async (request, reply) => {
    const { filters, result, status } = await filteredList(request.query, (input) => articles.list(request.ctx, input));
    const canPublish = request.actor!.permissions.has('content.publish');
    return reply.render(
      <ArticlesPage
        ctx={await reply.viewContext()}
        filters={filters}
        categories={await ownCategories(request)}
        authors={await articles.authors(request.ctx)}
        result={result}
        canPublish={canPublish}
      />,
      status,
    );
  });

  app.get('/admin/articles/new', async (request, reply) => {
    contentPolicy.assert(request.actor, 'write', request.actor?.organizationId ?? 0);
    return reply.render(<NewArticlePage ctx={await reply.viewContext()} form={emptyForm()} categories={await ownCategories(request)} />);
  });

  // A Vietnamese letter is up to 9 bytes once form-encoded: the 500,000-character body limit needs room.
  const ARTICLE_BODY_LIMIT = 5 * 1024 * 1024;

  app.post<{ Body: Body }>('/admin/articles/new', { bodyLimit: ARTICLE_BODY_LIMIT }, async (request, reply) =>
    submitForm(request, reply, {
      run: () => articles.create(request.ctx, request.body),
      invalid: async (form) => <NewArticlePage ctx={await reply.viewContext()} form={form} categories={await ownCategories(request)} />,
      done: (id) => reply.flash('success', 'Đã lưu bản nháp. Gửi duyệt khi bài đã hoàn chỉnh.').redirect(`/admin/articles/${id}`, 303),
    }),
  );

  /** The article page with whichever of its three forms came back with errors. */
  async function editPage(request: FastifyRequest, reply: FastifyReply, id: number, forms: { form?: FormState; workflow?: FormState; uploads?: FormState } = {}) {
    const article = await articles.get(request.ctx, id);
    return (
      <EditArticlePage
        ctx={await reply.viewContext()}
        model={{
          article,
          categories: await ownCategories(request),
          attachments: await articles.attachments(id),
          form: forms.form ?? emptyForm(articleValues(article)),
          workflow: forms.workflow ?? emptyForm(),
          uploads: forms.uploads ?? emptyForm(),
        }}
      />
    );
  }

  app.get<IdParams>('/admin/articles/:id', async (request, reply) => reply.render(await editPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>('/admin/articles/:id', { bodyLimit: ARTICLE_BODY_LIMIT }, async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => articles.update(request.ctx, id, request.body),
      invalid: (form) => editPage(request, reply, id, { form }),
      done: () => reply.flash('success', 'Đã lưu thay đổi thành phiên bản mới.').redirect(`/admin/articles/${id}`, 303),
    });
  });

  const steps = {
    submit: { run: articles.submit, message: 'Đã gửi bài để duyệt.' },
    publish: { run: articles.publish, message: 'Đã đăng bài lên cổng thông tin.' },
    unpublish: { run: articles.unpublish, message: 'Đã gỡ bài khỏi cổng thông tin.' },
  } as const;
  for (const [step, { run, message }] of Object.entries(steps)) {
    app.post<IdParams>(`/admin/articles/:id/${step}`, async (request, reply) => {
      const id = idParam(request.params.id);
      await run(request.ctx, id);
      return reply.flash('success', message).redirect(`/admin/articles/${id}`, 303);
    });
  }

  app.post<IdParams & { Body: Body }>('/admin/articles/:id/schedule', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => articles.schedule(request.ctx, id, request.body),
      invalid: (workflow) => editPage(request, reply, id, { workflow }),
      done: () => reply.flash('success', 'Đã hẹn giờ đăng bài.').redirect(`/admin/articles/${id}`, 303),
    });
  });

  app.post<IdParams & { Body: Body }>('/admin/articles/:id/return', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => articles.returnToAuthor(request.ctx, id, request.body),
      invalid: (workflow) => editPage(request, reply, id, { workflow }),
      done: () => reply.flash('success', 'Đã trả lại bài cho tác giả kèm lý do.').redirect(`/admin/articles/${id}`, 303),
    });
  });

  app.post<{ Body: Body }>('/admin/articles/bulk', async (request, reply) => {
    const count = await articles.bulk(request.ctx, request.body);
    return reply.flash('success', `Đã thực hiện cho ${count} bài viết.`).redirect('/admin/articles', 303);
  });

  app.get<IdParams>('/admin/articles/:id/revisions', async (request, reply) => {
    const id = idParam(request.params.id);
    const article = await articles.get(request.ctx, id);
    return reply.render(<RevisionsPage ctx={await reply.viewContext()} article={article} revisions={await articles.revisions(request.ctx, id)} />);
  });

  app.post<IdParams>('/admin/articles/:id/cover', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: async () => {
        const article = await articles.get(request.ctx, id);
        contentPolicy.assert(request.actor, 'edit', article);
        const { data } = await readUpload(request, 'cover');
        await articles.setCover(request.ctx, id, await saveCover(storage, id, data));
      },
      invalid: (uploads) => editPage(request, reply, id, { uploads }),
      done: () => reply.flash('success', 'Đã cập nhật ảnh đại diện.').redirect(`/admin/articles/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/articles/:id/attachments', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: async () => {
        const article = await articles.get(request.ctx, id);
        contentPolicy.assert(request.actor, 'edit', article);
        const { data, fileName } = await readUpload(request, 'attachment');
        await articles.addAttachment(request.ctx, id, await saveAttachment(storage, id, data, fileName));
      },
      invalid: (uploads) => editPage(request, reply, id, { uploads }),
      done: () => reply.flash('success', 'Đã thêm tệp đính kèm.').redirect(`/admin/articles/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/attachments/:id/delete', async (request, reply) => {
    const attachment = await articles.removeAttachment(request.ctx, idParam(request.params.id));
    await storage.remove(attachment.storageKey);
    return reply.flash('success', 'Đã xóa tệp đính kèm.').redirect(`/admin/articles/${attachment.articleId}`, 303);
  });

  async function categoriesPage(request: FastifyRequest, reply: FastifyReply, forms: { form?: FormState; settings?: FormState } = {}) {
    contentPolicy.assert(request.actor, 'manageCategories', request.actor?.organizationId ?? 0);
    return (
      <CategoriesPage
        ctx={await reply.viewContext()}
        categories={await ownCategories(request)}
        form={forms.form ?? emptyForm({ visible: '1' })}
        settings={forms.settings ?? emptyForm({ nationalServiceUrl: await portal.nationalPortalUrl() })}
      />
    );
  }

  app.get('/admin/categories', async (request, reply) => {
    // An organization added after start-up gets its starting categories on first visit.
    contentPolicy.assert(request.actor, 'manageCategories', request.actor?.organizationId ?? 0);
    await categories.ensureDefaults(request.actor!.organizationId);
    return reply.render(await categoriesPage(request, reply));
  });

  app.post<{ Body: Body }>('/admin/categories', async (request, reply) =>
    submitForm(request, reply, {
      run: () => categories.create(request.ctx, request.body),
      invalid: (form) => categoriesPage(request, reply, { form }),
      done: () => reply.flash('success', 'Đã thêm danh mục.').redirect('/admin/categories', 303),
    }),
  );

  app.post<{ Body: Body }>('/admin/portal-settings', async (request, reply) =>
    submitForm(request, reply, {
      run: () => portal.setNationalPortalUrl(request.ctx, String(request.body.nationalServiceUrl ?? '')),
      invalid: (settings) => categoriesPage(request, reply, { settings }),
      done: () => reply.flash('success', 'Đã lưu địa chỉ Cổng Dịch vụ công.').redirect('/admin/categories', 303),
    }),
  );

  async function categoryPage(request: FastifyRequest, reply: FastifyReply, id: number, form?: FormState) {
    const category = await categories.get(request.ctx, id);
    const tree = await ownCategories(request);
    const node = tree.find((c) => c.id === id)!;
    const values = { ...category, parentId: category.parentId ?? '', visible: category.visible ? '1' : '' };
    return <CategoryPage ctx={await reply.viewContext()} form={form ?? emptyForm(values)} category={node} categories={tree} />;
  }

  app.get<IdParams>('/admin/categories/:id', async (request, reply) => reply.render(await categoryPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>('/admin/categories/:id', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => categories.update(request.ctx, id, request.body),
      invalid: (form) => categoryPage(request, reply, id, form),
      done: () => reply.flash('success', 'Đã lưu danh mục.').redirect('/admin/categories', 303),
    });
  });

  for (const direction of ['up', 'down'] as const) {
    app.post<IdParams>(`/admin/categories/:id/${direction}`, async (request, reply) => {
      await categories.move(request.ctx, idParam(request.params.id), direction);
      return reply.redirect('/admin/categories', 303);
    });
  }

  app.post<IdParams>('/admin/categories/:id/delete', async (request, reply) => {
    await categories.remove(request.ctx, idParam(request.params.id));
    return reply.flash('success', 'Đã xóa danh mục.').redirect('/admin/categories', 303);
  });
}
