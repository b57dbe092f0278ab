import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Site, ViewContext } from '../views/context.js';
import { ErrorPage, errorTitle } from './error-pages.js';
import { AppError } from './errors.js';

const FALLBACK_SITE: Site = { name: 'Cổng thông tin cải cách hành chính', parentName: '', address: '', phone: '', email: '', website: '', nav: [] };

const wantsJson = (request: FastifyRequest) =>
  request.url.startsWith('/api/') || (request.headers.accept ?? '').split(',')[0]?.includes('application/json') === true;

/** Maps any error to a status and a Vietnamese message that is safe to show. Nothing else leaves the server. */
export function publicError(error: FastifyError | Error): { status: number; code: string; message: string } {
  if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
  const fastifyError = error as FastifyError;
  if (fastifyError.code?.startsWith('FST_CSRF')) {
    return {
      status: 403,
      code: 'csrf_invalid',
      message: 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và gửi lại.',
    };
  }
  const status = fastifyError.statusCode ?? 500;
  if (status === 429) return { status, code: 'too_many_requests', message: 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' };
  if (status === 413) return { status, code: 'payload_too_large', message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' };
  if (status >= 400 && status < 500) return { status, code: 'bad_request', message: 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại đường dẫn hoặc dữ liệu gửi lên.' };
  return {
    status: 500,
    code: 'internal_error',
    message: 'Hệ thống gặp sự cố ngoài ý muốn. Chúng tôi đã ghi nhận; vui lòng thử lại sau.',
  };
}

async function contextFor(reply: FastifyReply): Promise<ViewContext> {
  try {
    return await reply.viewContext();
  } catch {
    // The database may be what failed: the error page must still render.
    return { path: reply.request.url, csrfToken: '', actor: null, flash: null, site: FALLBACK_SITE, nav: [], requestId: String(reply.request.id) };
  }
}

async function send(reply: FastifyReply, status: number, code: string, message: string) {
  const request = reply.request;
  if (wantsJson(request)) {
    return reply.code(status).send({ error: { code, message, requestId: request.id } });
  }
  return reply.render(<ErrorPage ctx={await contextFor(reply)} status={status} message={message} />, status);
}

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const { status, code, message } = publicError(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code, status }, 'request refused');
    if (status === 401 && !wantsJson(request)) {
      return reply.redirect(`/admin/login?next=${encodeURIComponent(request.url)}`, 303);
    }
    return send(reply, status, code, message);
  });

  app.setNotFoundHandler(async (request, reply) =>
    send(reply, 404, 'not_found', `${errorTitle(404)}. Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi.`),
  );
}
