import { readFile } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { idParam } from '../../platform/http/params.js';
import { readUpload } from '../../platform/http/uploads.js';
import { filteredList, submitForm } from '../../platform/http/web.js';
import { ImportRejected } from '../../platform/import/spreadsheet.js';
import { MAX_UPLOAD_BYTES } from '../../platform/storage/uploads.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { AdminDocumentsPage, documentValues, EditDocumentPage, ImportPage, NewDocumentPage } from './admin.views.js';

type Body = Record<string, string | string[]>;
type IdParams = { Params: { id: string } };

const SAMPLE_FILE = new URL('../../../docs/samples/van-ban.csv', import.meta.url);

/** The back office of the library (flash messages avoid “;”, which ends a cookie value for some clients): list, create, edit, attachments, relations, delete, import. */
export async function adminRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { documents, organizations } = services;
  app.addHook('onRequest', requireActor);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });

  const organizationOptions = async () => (await organizations.options()).map((o) => ({ value: String(o.id), label: `${'— '.repeat(o.depth)}${o.name}` }));

  app.get<{ Querystring: Record<string, string> }>('/admin/documents', async (request, reply) => {
    const { filters, result, status } = await filteredList(request.query, (input) => documents.list(request.ctx, input));
    return reply.render(<AdminDocumentsPage ctx={await reply.viewContext()} model={{ filters, result }} />, status);
  });

  async function newPage(request: FastifyRequest, reply: FastifyReply, form: FormState) {
    await documents.assertCanManage(request.ctx);
    return <NewDocumentPage ctx={await reply.viewContext()} form={form} organizations={await organizationOptions()} />;
  }

  app.get('/admin/documents/new', async (request, reply) => reply.render(await newPage(request, reply, emptyForm({ status: 'inForce', published: '1' }))));

  app.post<{ Body: Body }>('/admin/documents/new', async (request, reply) =>
    submitForm(request, reply, {
      run: () => documents.create(request.ctx, request.body),
      invalid: (form) => newPage(request, reply, form),
      done: (id) => reply.flash('success', 'Đã lưu văn bản. Có thể đính kèm tệp PDF, DOCX và thêm văn bản liên quan.').redirect(`/admin/documents/${id}`, 303),
    }),
  );

  /** The document page with whichever of its forms came back with errors. */
  async function editPage(request: FastifyRequest, reply: FastifyReply, id: number, forms: { form?: FormState; uploads?: FormState; relationForm?: FormState } = {}) {
    const doc = await documents.get(request.ctx, id);
    return (
      <EditDocumentPage
        ctx={await reply.viewContext()}
        model={{
          doc,
          attachments: await documents.attachments(id),
          relations: await documents.relations(id),
          choices: await documents.choices(request.ctx, id),
          organizations: await organizationOptions(),
          form: forms.form ?? emptyForm(documentValues(doc)),
          uploads: forms.uploads ?? emptyForm(),
          relationForm: forms.relationForm ?? emptyForm(),
        }}
      />
    );
  }

  // Static paths first: "import" is not a document id.
  app.get('/admin/documents/import', async (request, reply) => {
    await documents.assertCanManage(request.ctx);
    return reply.render(<ImportPage ctx={await reply.viewContext()} model={{ form: emptyForm(), rows: [], problems: [], token: null }} />);
  });

  app.get('/admin/documents/import/mau.csv', async (request, reply) => {
    await documents.assertCanManage(request.ctx);
    const data = await readFile(SAMPLE_FILE).catch(() => null);
    if (!data) throw new NotFoundError('Không tìm thấy tệp mẫu.');
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="van-ban.csv"').send(data);
  });

  app.post('/admin/documents/import', async (request, reply) => {
    try {
      const { data } = await readUpload(request, 'file');
      const preview = await documents.previewImport(request.ctx, data);
      return reply.render(<ImportPage ctx={await reply.viewContext()} model={{ form: emptyForm(), ...preview }} />, preview.problems.length > 0 ? 422 : 200);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return reply.render(<ImportPage ctx={await reply.viewContext()} model={{ form: { values: {}, errors: error.fields }, rows: [], problems: [], token: null }} />, 422);
    }
  });

  app.post<{ Body: Body }>('/admin/documents/import/confirm', async (request, reply) => {
    try {
      const { imported } = await documents.confirmImport(request.ctx, String(request.body.token ?? ''));
      return reply.flash('success', `Đã nhập ${imported} văn bản.`).redirect('/admin/documents', 303);
    } catch (error) {
      // The library changed since the preview (someone added one of the numbers): show why, save nothing.
      const model =
        error instanceof ImportRejected
          ? { form: emptyForm(), rows: [], problems: error.problems, token: null }
          : error instanceof ValidationError
            ? { form: { values: {}, errors: error.fields }, rows: [], problems: [], token: null }
            : null;
      if (!model) throw error;
      return reply.render(<ImportPage ctx={await reply.viewContext()} model={model} />, 422);
    }
  });

  app.post<{ Body: Body }>('/admin/documents/import/discard', async (request, reply) => {
    await documents.discardImport(request.ctx, String(request.body.token ?? ''));
    return reply.flash('info', 'Đã hủy, không nhập văn bản nào.').redirect('/admin/documents', 303);
  });

  app.get<IdParams>('/admin/documents/:id', async (request, reply) => reply.render(await editPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>('/admin/documents/:id', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => documents.update(request.ctx, id, request.body),
      invalid: (form) => editPage(request, reply, id, { form }),
      done: () => reply.flash('success', 'Đã lưu thay đổi.').redirect(`/admin/documents/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/documents/:id/delete', async (request, reply) => {
    const doc = await documents.remove(request.ctx, idParam(request.params.id));
    return reply.flash('success', `Đã xóa văn bản ${doc.code}.`).redirect('/admin/documents', 303);
  });

  app.post<IdParams>('/admin/documents/:id/attachments', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: async () => {
        await documents.get(request.ctx, id);
        return documents.addAttachment(request.ctx, id, await readUpload(request, 'attachment'));
      },
      invalid: (uploads) => editPage(request, reply, id, { uploads }),
      done: (file) =>
        reply
          .flash(file.hasText ? 'success' : 'warning', file.hasText ? `Đã thêm tệp ${file.fileName}. Nội dung tệp đã được đưa vào tìm kiếm.` : `Đã thêm tệp ${file.fileName}, nhưng không đọc được chữ trong tệp (có thể là bản scan), nên không tìm kiếm được nội dung tệp.`)
          .redirect(`/admin/documents/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/document-attachments/:id/delete', async (request, reply) => {
    const attachment = await documents.removeAttachment(request.ctx, idParam(request.params.id));
    return reply.flash('success', `Đã xóa tệp ${attachment.fileName}.`).redirect(`/admin/documents/${attachment.documentId}`, 303);
  });

  app.post<IdParams & { Body: Body }>('/admin/documents/:id/relations', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => documents.addRelation(request.ctx, id, request.body),
      invalid: (relationForm) => editPage(request, reply, id, { relationForm }),
      done: () => reply.flash('success', 'Đã thêm quan hệ giữa hai văn bản.').redirect(`/admin/documents/${id}`, 303),
    });
  });

  app.post<IdParams & { Body: Body }>('/admin/documents/:id/relations/delete', async (request, reply) => {
    const id = idParam(request.params.id);
    await documents.removeRelation(request.ctx, id, request.body);
    return reply.flash('success', 'Đã bỏ quan hệ.').redirect(`/admin/documents/${id}`, 303);
  });
}
