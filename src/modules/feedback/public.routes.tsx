import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError } from '../../platform/http/errors.js';
import { readMultipartForm } from '../../platform/http/uploads.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import { renderDocument, renderFragment } from '../../platform/views/render.js';
import type { ModuleOptions } from '../module.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './feedback.attachments.js';
import { RelatedOptions, SUGGEST_PATH } from './links.views.js';
import { LookupPage, PublicItemPage, PublicListPage, SubmitPage, SubmittedPage, type LookupModel } from './public.views.js';

type Body = Record<string, string>;

/** Keeps the code and secret for the lookup page's own forms; drops every other field. */
const credentials = (body: Body) => ({ code: String(body?.code ?? ''), secret: String(body?.secret ?? '') });

/** The public desk: the form, the lookup with code and secret, and the published answers. */
export async function publicRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { feedback, pageCache } = services;
  // Limits are set per form by readMultipartForm.
  await app.register(multipart);

  async function submitPage(reply: FastifyReply, form: FormState) {
    const suggestions = await feedback.links.suggest(String(form.values.related ?? ''));
    return <SubmitPage ctx={await reply.viewContext()} form={form} fields={await feedback.fields()} token={await feedback.formToken()} suggestions={suggestions} />;
  }

  app.get('/phan-anh-kien-nghi/gui', async (_request, reply) => reply.render(await submitPage(reply, emptyForm())));

  /** Suggestions for the related procedure or document: the form's datalist, refreshed by htmx as the citizen types. */
  app.get<{ Querystring: { related?: string } }>(SUGGEST_PATH, async (request, reply) => {
    const options = await feedback.links.suggest(String(request.query.related ?? '').slice(0, 200));
    return reply.type('text/html; charset=utf-8').send(renderFragment(<RelatedOptions options={options} />));
  });

  app.post<{ Body: Body }>('/phan-anh-kien-nghi/gui', async (request, reply) => {
    // The form is multipart (files); a plain urlencoded post, without files, is read the same way.
    const upload = request.isMultipart() ? await readMultipartForm(request, { maxFiles: MAX_ATTACHMENTS, maxBytes: MAX_ATTACHMENT_BYTES }) : undefined;
    const body: Record<string, unknown> = upload?.fields ?? request.body ?? {};
    try {
      const result = await feedback.submit(request.ctx, body, upload);
      // Never cached, never redirected: the secret is shown once, on this answer to the POST.
      reply.header('cache-control', 'no-store');
      return reply.render(<SubmittedPage ctx={await reply.viewContext()} {...result} emailed={Boolean(body.email)} />);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const values: Record<string, unknown> = { ...body };
      delete values._csrf;
      delete values.startedAt;
      delete values.website;
      return reply.render(await submitPage(reply, { values, errors: error.fields }), 422);
    }
  });

  /** One submitter action: verify code and secret, run, show the case again (or the form with the message). */
  async function lookupAction(request: FastifyRequest<{ Body: Body }>, reply: FastifyReply, run: () => Promise<LookupModel>, done?: string) {
    const values = credentials(request.body);
    reply.header('cache-control', 'no-store');
    try {
      const result = await run();
      return reply.render(<LookupPage ctx={await reply.viewContext()} form={{ values, errors: {} }} result={result} status={done} />);
    } catch (error) {
      if (error instanceof TooManyRequestsError) return reply.render(<LookupPage ctx={await reply.viewContext()} form={{ values: { code: values.code }, errors: { code: error.message } }} result={null} />, 429);
      if (!(error instanceof ValidationError) && !(error instanceof ConflictError)) throw error;
      const errors = error instanceof ValidationError ? error.fields : { form: error.message };
      // A wrong code or secret shows the empty form again; a problem with a later step keeps the case on screen.
      let result: LookupModel = null;
      if (!(error instanceof ValidationError && error.fields.code)) result = await feedback.lookup(request.ctx, values).catch(() => null);
      const form = { values: result ? { ...values, ...request.body } : { code: values.code }, errors };
      return reply.render(<LookupPage ctx={await reply.viewContext()} form={form} result={result} />, error instanceof ConflictError ? 409 : 422);
    }
  }

  app.get('/phan-anh-kien-nghi/tra-cuu', async (_request, reply) => reply.render(<LookupPage ctx={await reply.viewContext()} form={emptyForm()} result={null} />));

  app.post<{ Body: Body }>('/phan-anh-kien-nghi/tra-cuu', (request, reply) => lookupAction(request, reply, () => feedback.lookup(request.ctx, request.body)));
  app.post<{ Body: Body }>('/phan-anh-kien-nghi/tra-cuu/danh-gia', (request, reply) =>
    lookupAction(request, reply, () => feedback.rate(request.ctx, request.body), 'Cảm ơn bạn đã đánh giá câu trả lời.'),
  );
  app.post<{ Body: Body }>('/phan-anh-kien-nghi/tra-cuu/xem-xet-lai', (request, reply) =>
    lookupAction(request, reply, () => feedback.requestReopen(request.ctx, request.body), 'Đã ghi nhận đề nghị xem xét lại.'),
  );
  app.post<{ Body: Body }>('/phan-anh-kien-nghi/tra-cuu/bo-sung', (request, reply) =>
    lookupAction(request, reply, () => feedback.addInfo(request.ctx, request.body), 'Đã gửi thông tin bổ sung; cơ quan tiếp tục xử lý.'),
  );

  app.get<{ Querystring: Record<string, string> }>('/phan-anh-kien-nghi', async (request, reply) => {
    const query = Object.fromEntries(Object.entries(request.query).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
    let filters;
    let status = 200;
    let form: FormState = { values: query, errors: {} };
    try {
      filters = feedback.parsePublicFilters(query);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      filters = feedback.parsePublicFilters({});
      form = { values: query, errors: error.fields };
      status = 422;
    }
    const result = await feedback.publicList(filters);
    return reply.render(<PublicListPage ctx={await reply.viewContext({ shared: true })} model={{ form, result, query }} />, status);
  });

  app.get<{ Params: { slug: string } }>('/phan-anh-kien-nghi/:slug', async (request, reply) =>
    pageCache.send(request, reply, `feedback:${request.params.slug}`, async () => {
      const item = await feedback.publicItem(request.params.slug);
      if (!item) throw new NotFoundError('Không tìm thấy câu hỏi hoặc câu hỏi chưa được công khai.');
      return { body: renderDocument(<PublicItemPage ctx={await reply.viewContext({ shared: true })} item={item} />) };
    }),
  );
}
