import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { idParam } from '../../platform/http/params.js';
import { submitForm } from '../../platform/http/web.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { organizationsPolicy } from './organizations.policy.js';
import type { Organization, Unit } from './organizations.service.js';
import { OrganizationFormPage, OrganizationPage, OrganizationsPage, UnitPage } from './organizations.views.js';

type Body = Record<string, string>;
type IdParams = { Params: { id: string } };

const organizationValues = (o: Organization) => ({ ...o, parentId: o.parentId ?? '', supervisorId: o.supervisorId ?? '' });
const unitValues = (u: Unit) => ({ name: u.name, code: u.code, sortOrder: u.sortOrder, isCoordinating: u.isCoordinating ? '1' : '', active: u.active ? '1' : '' });

export async function organizationsRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { organizations } = services;
  app.addHook('onRequest', requireActor);

  app.get('/admin/organizations', async (request, reply) => {
    const list = await organizations.list(request.ctx);
    const canManage = organizationsPolicy.can(request.actor, 'manage', null);
    return reply.render(<OrganizationsPage ctx={await reply.viewContext()} organizations={list} portalId={await organizations.portalOrganizationId()} canManage={canManage} />);
  });

  app.get('/admin/organizations/new', async (request, reply) => {
    organizationsPolicy.assert(request.actor, 'manage', null);
    return reply.render(<OrganizationFormPage ctx={await reply.viewContext()} form={emptyForm({ kind: 'department' })} organizations={await organizations.options()} />);
  });

  app.post<{ Body: Body }>('/admin/organizations/new', async (request, reply) =>
    submitForm(request, reply, {
      run: () => organizations.create(request.ctx, request.body),
      invalid: async (form) => <OrganizationFormPage ctx={await reply.viewContext()} form={form} organizations={await organizations.options()} />,
      done: (id) => reply.flash('success', 'Đã thêm cơ quan.').redirect(`/admin/organizations/${id}`, 303),
    }),
  );

  async function organizationPage(request: FastifyRequest, reply: FastifyReply, id: number, unitForm?: FormState) {
    const organization = await organizations.get(request.ctx, id);
    return (
      <OrganizationPage
        ctx={await reply.viewContext()}
        organization={organization}
        organizations={await organizations.options()}
        units={await organizations.units(request.ctx, id)}
        isPortal={(await organizations.portalOrganizationId()) === id}
        canManage={organizationsPolicy.can(request.actor, 'manage', null)}
        unitForm={unitForm ?? emptyForm({ active: '1' })}
      />
    );
  }

  app.get<IdParams>('/admin/organizations/:id', async (request, reply) =>
    reply.render(await organizationPage(request, reply, idParam(request.params.id))),
  );

  app.get<IdParams>('/admin/organizations/:id/edit', async (request, reply) => {
    organizationsPolicy.assert(request.actor, 'manage', null);
    const organization = await organizations.get(request.ctx, idParam(request.params.id));
    return reply.render(
      <OrganizationFormPage ctx={await reply.viewContext()} form={emptyForm(organizationValues(organization))} organizations={await organizations.options()} organization={organization} />,
    );
  });

  app.post<IdParams & { Body: Body }>('/admin/organizations/:id/edit', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => organizations.update(request.ctx, id, request.body),
      invalid: async (form) => (
        <OrganizationFormPage ctx={await reply.viewContext()} form={form} organizations={await organizations.options()} organization={await organizations.get(request.ctx, id)} />
      ),
      done: () => reply.flash('success', 'Đã lưu thông tin cơ quan.').redirect(`/admin/organizations/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/organizations/:id/delete', async (request, reply) => {
    await organizations.remove(request.ctx, idParam(request.params.id));
    return reply.flash('success', 'Đã xóa cơ quan.').redirect('/admin/organizations', 303);
  });

  app.post<IdParams>('/admin/organizations/:id/portal', async (request, reply) => {
    const id = idParam(request.params.id);
    await organizations.setPortalOrganization(request.ctx, id);
    return reply.flash('success', 'Cổng thông tin công khai từ nay mang tên cơ quan này.').redirect(`/admin/organizations/${id}`, 303);
  });

  app.post<IdParams & { Body: Body }>('/admin/organizations/:id/units', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => organizations.createUnit(request.ctx, id, request.body),
      invalid: (form) => organizationPage(request, reply, id, form),
      done: () => reply.flash('success', 'Đã thêm đơn vị.').redirect(`/admin/organizations/${id}`, 303),
    });
  });

  async function unitPage(request: FastifyRequest, reply: FastifyReply, id: number, form?: FormState) {
    const unit = await organizations.getUnit(request.ctx, id);
    const organization = await organizations.get(request.ctx, unit.organizationId);
    return <UnitPage ctx={await reply.viewContext()} form={form ?? emptyForm(unitValues(unit))} unit={unit} organization={organization} />;
  }

  app.get<IdParams>('/admin/units/:id', async (request, reply) => {
    organizationsPolicy.assert(request.actor, 'manage', null);
    return reply.render(await unitPage(request, reply, idParam(request.params.id)));
  });

  app.post<IdParams & { Body: Body }>('/admin/units/:id', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => organizations.updateUnit(request.ctx, id, request.body),
      invalid: (form) => unitPage(request, reply, id, form),
      done: async () => {
        const unit = await organizations.getUnit(request.ctx, id);
        return reply.flash('success', 'Đã lưu đơn vị.').redirect(`/admin/organizations/${unit.organizationId}`, 303);
      },
    });
  });

  app.post<IdParams>('/admin/units/:id/delete', async (request, reply) => {
    const organizationId = await organizations.removeUnit(request.ctx, idParam(request.params.id));
    return reply.flash('success', 'Đã xóa đơn vị.').redirect(`/admin/organizations/${organizationId}`, 303);
  });
}
