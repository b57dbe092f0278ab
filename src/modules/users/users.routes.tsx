import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { idParam } from '../../platform/http/params.js';
import { filteredList, submitForm } from '../../platform/http/web.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import type { User } from './users.repo.js';
import { EditUserPage, InviteUserPage, RolesPage, UsersPage } from './users.views.js';

type Body = Record<string, string | string[]>;
type IdParams = { Params: { id: string } };

const editValues = (user: User) => ({
  fullName: user.fullName,
  title: user.title,
  phone: user.phone,
  organizationId: user.organizationId,
  unitId: user.unitId ?? '',
  roles: user.roles,
});

export async function usersRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { users } = services;
  app.addHook('onRequest', requireActor);


  app.get<{ Querystring: Record<string, string> }>('/admin/users', async (request, reply) => {
    const { filters, result, status } = await filteredList(request.query, (input) => users.search(request.ctx, input));
    return reply.render(<UsersPage ctx={await reply.viewContext()} directory={await users.directory(request.ctx)} result={result} filters={filters} />, status);
  });

  app.get('/admin/roles', async (request, reply) =>
    reply.render(<RolesPage ctx={await reply.viewContext()} holders={await users.roleHolders(request.ctx)} />),
  );

  app.get('/admin/users/new', async (request, reply) => {
    const directory = await users.directory(request.ctx);
    return reply.render(<InviteUserPage ctx={await reply.viewContext()} form={emptyForm({ roles: ['staff'] })} directory={directory} />);
  });

  app.post<{ Body: Body }>('/admin/users/new', async (request, reply) =>
    submitForm(request, reply, {
      run: () => users.invite(request.ctx, request.body),
      invalid: async (form) => <InviteUserPage ctx={await reply.viewContext()} form={form} directory={await users.directory(request.ctx)} />,
      done: (id) => reply.flash('success', 'Đã tạo tài khoản và gửi thư mời kích hoạt.').redirect(`/admin/users/${id}`, 303),
    }),
  );

  async function editPage(request: FastifyRequest, reply: FastifyReply, id: number, form?: FormState, status = 200) {
    const user = await users.get(request.ctx, id);
    return reply.render(
      <EditUserPage ctx={await reply.viewContext()} form={form ?? emptyForm(editValues(user))} directory={await users.directory(request.ctx)} user={user} />,
      status,
    );
  }

  app.get<IdParams>('/admin/users/:id', async (request, reply) => editPage(request, reply, idParam(request.params.id)));

  app.post<IdParams & { Body: Body }>('/admin/users/:id', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => users.update(request.ctx, id, request.body),
      invalid: async (form) => {
        const user = await users.get(request.ctx, id);
        return <EditUserPage ctx={await reply.viewContext()} form={form} directory={await users.directory(request.ctx)} user={user} />;
      },
      done: () => reply.flash('success', 'Đã lưu thông tin người dùng.').redirect(`/admin/users/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/users/:id/deactivate', async (request, reply) => {
    const id = idParam(request.params.id);
    await users.deactivate(request.ctx, id);
    return reply.flash('success', 'Đã khóa tài khoản và đăng xuất mọi phiên của người dùng.').redirect(`/admin/users/${id}`, 303);
  });

  app.post<IdParams>('/admin/users/:id/reactivate', async (request, reply) => {
    const id = idParam(request.params.id);
    await users.reactivate(request.ctx, id);
    return reply.flash('success', 'Đã mở khóa tài khoản.').redirect(`/admin/users/${id}`, 303);
  });

  app.post<IdParams>('/admin/users/:id/password-link', async (request, reply) => {
    const id = idParam(request.params.id);
    const purpose = await users.sendPasswordLink(request.ctx, id);
    const message = purpose === 'invite' ? 'Đã gửi lại thư mời kích hoạt.' : 'Đã gửi liên kết đặt lại mật khẩu và đăng xuất mọi phiên của người dùng.';
    return reply.flash('success', message).redirect(`/admin/users/${id}`, 303);
  });
}
