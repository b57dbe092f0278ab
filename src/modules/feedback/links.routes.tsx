import type { FastifyInstance } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { idParam } from '../../platform/http/params.js';
import { fileDisposition } from '../../platform/http/uploads.js';
import type { ModuleOptions } from '../module.js';

/** A submitter's file, downloaded by staff who may see personal data (the service checks and audits). */
export async function linksRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { feedback } = services;
  app.addHook('onRequest', requireActor);

  app.get<{ Params: { id: string } }>('/admin/feedback/tep-dinh-kem/:id', async (request, reply) => {
    const file = await feedback.links.download(request.ctx, idParam(request.params.id));
    return reply
      .type(file.mime)
      .header('content-disposition', fileDisposition('attachment', `tep-dinh-kem-${file.id}`, file.fileName))
      .header('cache-control', 'private, no-store')
      .send(file.stream);
  });
}
