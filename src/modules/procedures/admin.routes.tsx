import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { ValidationError } from '../../platform/http/errors.js';
import { idParam } from '../../platform/http/params.js';
import { parseCommand } from '../../platform/http/validation.js';
import { readUpload } from '../../platform/http/uploads.js';
import { filteredList, submitForm } from '../../platform/http/web.js';
import { ImportRejected } from '../../platform/import/spreadsheet.js';
import { MAX_UPLOAD_BYTES } from '../../platform/storage/uploads.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { EditProcedurePage, ImportPage, NewProcedurePage, ProceduresPage } from './admin.views.js';
import { componentsText, feesText } from './procedures.format.js';
import { COLUMNS } from './procedures.import.js';
import { proceduresPolicy } from './procedures.policy.js';
import type { Procedure } from './procedures.repo.js';
import { ImportConfirm } from './procedures.schema.js';
import type { ImportPreview } from './procedures.service.js';

type Body = Record<string, string | string[]>;
type IdParams = { Params: { id: string } };
type ComponentParams = { Params: { id: string; componentId: string } };

/** The form's text for a stored procedure: lists one item a line, as the person typed them. */
const procedureValues = (p: Procedure) => ({
  code: p.code,
  name: p.name,
  field: p.field,
  levels: p.levels,
  agency: p.agency,
  onlineLevel: p.onlineLevel,
  onlineUrl: p.onlineUrl,
  processingTime: p.processingTime,
  processingDays: p.processingDays ?? '',
  components: componentsText(p.components),
  steps: p.steps.join('\n'),
  submission: p.submission,
  fees: feesText(p.fees),
  conditions: p.conditions.join('\n'),
  legalBasis: p.legalBasis.join('\n'),
  result: p.result,
});

/** Checked uploads wait here, per person, until confirmed; the key is never built from user input. */
const pendingKey = (actorId: number, token: string) => `imports/procedures/${actorId}-${token}`;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The back office of the catalogue: list, create, edit, delete, form templates, spreadsheet import. */
export async function adminRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { procedures, storage } = services;
  app.addHook('onRequest', requireActor);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });

  const assertManage = (request: FastifyRequest) => proceduresPolicy.assert(request.actor, 'manage', request.actor?.organizationId ?? 0);
  const fieldsOf = (request: FastifyRequest) => procedures.fields(request.actor!.organizationId);

  app.get<{ Querystring: Record<string, string> }>('/admin/procedures', async (request, reply) => {
    const { filters, result, status } = await filteredList(request.query, (input) => procedures.list(request.ctx, input));
    return reply.render(<ProceduresPage ctx={await reply.viewContext()} filters={filters} fields={await fieldsOf(request)} result={result} />, status);
  });

  app.get('/admin/procedures/new', async (request, reply) => {
    assertManage(request);
    return reply.render(<NewProcedurePage ctx={await reply.viewContext()} form={emptyForm({ levels: ['province'], onlineLevel: 'full' })} />);
  });

  app.post<{ Body: Body }>('/admin/procedures/new', async (request, reply) =>
    submitForm(request, reply, {
      run: () => procedures.create(request.ctx, request.body),
      invalid: async (form) => <NewProcedurePage ctx={await reply.viewContext()} form={form} />,
      done: (id) => reply.flash('success', 'Đã thêm thủ tục; thủ tục đã hiện trên cổng thông tin.').redirect(`/admin/procedures/${id}`, 303),
    }),
  );

  // ── Import ─────────────────────────────────────────────────────────────────────────────────

  async function importPage(reply: FastifyReply, form: FormState, preview: ImportPreview | null = null, token: string | null = null) {
    return <ImportPage ctx={await reply.viewContext()} form={form} preview={preview} token={token} />;
  }

  app.get('/admin/procedures/import', async (request, reply) => {
    assertManage(request);
    return reply.render(await importPage(reply, emptyForm()));
  });

  /** An empty sheet with the columns, for Excel (UTF-8 with BOM, so Vietnamese headers open right). */
  app.get('/admin/procedures/import/mau.csv', async (request, reply) => {
    assertManage(request);
    const header = COLUMNS.map((c) => `"${c.headers[0].replace(/"/g, '""')}"`).join(',');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="mau-thu-tuc.csv"`)
      .send(`\uFEFF${header}\r\n`);
  });

  app.post('/admin/procedures/import', async (request, reply) => {
    assertManage(request);
    try {
      const { data } = await readUpload(request, 'file');
      const preview = await procedures.previewFile(request.ctx, data);
      if (preview.problems.length > 0) return reply.render(await importPage(reply, emptyForm(), preview), 422);
      const token = randomBytes(16).toString('hex');
      await storage.put(pendingKey(request.actor!.id, token), data);
      return reply.render(await importPage(reply, emptyForm(), preview, token));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return reply.render(await importPage(reply, { values: {}, errors: error.fields }), 422);
    }
  });

  app.post<{ Body: Body }>('/admin/procedures/import/confirm', async (request, reply) => {
    assertManage(request);
    try {
      const { token } = parseCommand(ImportConfirm, request.body);
      const key = pendingKey(request.actor!.id, token);
      if (!(await storage.exists(key))) throw new ValidationError({ file: 'Phiên nhập tệp đã hết hạn hoặc tệp đã được nhập; vui lòng tải tệp lên lại.' });
      const data = await readAll(await storage.read(key));
      try {
        const { imported, created, updated } = await procedures.importFile(request.ctx, data);
        await storage.remove(key);
        return reply.flash('success', `Đã nhập ${imported} thủ tục: ${created} thêm mới, ${updated} cập nhật.`).redirect('/admin/procedures', 303);
      } catch (error) {
        // The catalogue changed since the check (a code added meanwhile): show the file again with what is wrong now.
        if (!(error instanceof ImportRejected)) throw error;
        await storage.remove(key);
        return reply.render(await importPage(reply, emptyForm(), await procedures.previewFile(request.ctx, data)), 422);
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return reply.render(await importPage(reply, { values: {}, errors: { file: Object.values(error.fields).join(' ') } }), 422);
    }
  });

  // ── One procedure ──────────────────────────────────────────────────────────────────────────

  async function editPage(request: FastifyRequest, reply: FastifyReply, id: number, forms: { form?: FormState; uploads?: FormState } = {}) {
    const procedure = await procedures.get(request.ctx, id);
    return (
      <EditProcedurePage
        ctx={await reply.viewContext()}
        procedure={procedure}
        form={forms.form ?? emptyForm(procedureValues(procedure))}
        uploads={forms.uploads ?? emptyForm()}
      />
    );
  }

  app.get<IdParams>('/admin/procedures/:id', async (request, reply) => reply.render(await editPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>('/admin/procedures/:id', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => procedures.update(request.ctx, id, request.body),
      invalid: (form) => editPage(request, reply, id, { form }),
      done: () => reply.flash('success', 'Đã lưu thay đổi; trang thủ tục trên cổng đã được cập nhật.').redirect(`/admin/procedures/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/procedures/:id/delete', async (request, reply) => {
    const procedure = await procedures.remove(request.ctx, idParam(request.params.id));
    return reply.flash('success', `Đã xóa thủ tục “${procedure.name}”.`).redirect('/admin/procedures', 303);
  });

  app.post<ComponentParams>('/admin/procedures/:id/components/:componentId/template', async (request, reply) => {
    const id = idParam(request.params.id);
    const componentId = idParam(request.params.componentId);
    return submitForm(request, reply, {
      run: async () => {
        await procedures.get(request.ctx, id);
        await procedures.setTemplate(request.ctx, id, componentId, await readUpload(request, 'template'));
      },
      invalid: (uploads) => editPage(request, reply, id, { uploads: { values: { componentId }, errors: uploads.errors } }),
      done: () => reply.flash('success', 'Đã tải lên mẫu đơn, tờ khai.').redirect(`/admin/procedures/${id}`, 303),
    });
  });

  app.post<ComponentParams>('/admin/procedures/:id/components/:componentId/template/delete', async (request, reply) => {
    const id = idParam(request.params.id);
    await procedures.removeTemplate(request.ctx, id, idParam(request.params.componentId));
    return reply.flash('success', 'Đã xóa mẫu đơn, tờ khai.').redirect(`/admin/procedures/${id}`, 303);
  });
}
