import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../platform/auth/session-plugin.js';
import { TooManyRequestsError } from '../../platform/http/errors.js';
import { submitForm } from '../../platform/http/web.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { ForgotPasswordPage, LoginPage, ProfilePage, SetPasswordPage } from './auth.views.js';

type Body = Record<string, string>;

/** Only back-office paths on this site: never an open redirect. */
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/admin(\/|$|\?)/.test(next) && !next.startsWith('//') ? next : '/admin');

/** Sign-in, sign-out, one-time password links: open to anonymous visitors. */
export async function authRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { auth } = services;

  app.get<{ Querystring: { next?: string } }>('/admin/login', async (request, reply) => {
    if (request.actor) return reply.redirect(safeNext(request.query.next), 303);
    return reply.render(<LoginPage ctx={await reply.viewContext()} form={emptyForm()} next={safeNext(request.query.next)} />);
  });

  app.post<{ Body: Body }>('/admin/login', async (request, reply) => {
    const next = safeNext(request.body?.next);
    const values = { email: request.body?.email ?? '' };
    try {
      return await submitForm(request, reply, {
        run: () => auth.login(request.ctx, request.body, request.headers['user-agent'] ?? ''),
        invalid: async (form) => <LoginPage ctx={await reply.viewContext()} form={{ ...form, values }} next={next} />,
        done: ({ token }) => {
          setSessionCookie(request, reply, token);
          return reply.redirect(next, 303);
        },
      });
    } catch (error) {
      if (!(error instanceof TooManyRequestsError)) throw error;
      const form = { values, errors: { email: error.message } };
      return reply.render(<LoginPage ctx={await reply.viewContext()} form={form} next={next} />, 429);
    }
  });

  app.post('/admin/logout', async (request, reply) => {
    await auth.logout(request.ctx, request.sessionId);
    clearSessionCookie(reply);
    return reply.flash('info', 'Bạn đã đăng xuất.').redirect('/admin/login', 303);
  });

  app.get('/admin/password/forgot', async (_request, reply) =>
    reply.render(<ForgotPasswordPage ctx={await reply.viewContext()} form={emptyForm()} sent={false} />),
  );

  app.post<{ Body: Body }>('/admin/password/forgot', async (request, reply) =>
    submitForm(request, reply, {
      run: () => auth.requestPasswordReset(request.ctx, request.body),
      invalid: async (form) => <ForgotPasswordPage ctx={await reply.viewContext()} form={form} sent={false} />,
      done: () => reply.redirect('/admin/password/forgot/sent', 303),
    }),
  );

  app.get('/admin/password/forgot/sent', async (_request, reply) =>
    reply.render(<ForgotPasswordPage ctx={await reply.viewContext()} form={emptyForm()} sent={true} />),
  );

  app.get<{ Params: { token: string } }>('/admin/password/set/:token', async (request, reply) => {
    const who = await auth.describeToken(request.params.token);
    return reply.render(<SetPasswordPage ctx={await reply.viewContext()} form={emptyForm()} token={request.params.token} who={who} />);
  });

  app.post<{ Params: { token: string }; Body: Body }>('/admin/password/set/:token', async (request, reply) => {
    const { token } = request.params;
    const who = await auth.describeToken(token);
    return submitForm(request, reply, {
      run: () => auth.setPasswordWithToken(request.ctx, token, request.body),
      invalid: async (form) => <SetPasswordPage ctx={await reply.viewContext()} form={form} token={token} who={who} />,
      done: () => reply.flash('success', 'Đã lưu mật khẩu. Vui lòng đăng nhập.').redirect('/admin/login', 303),
    });
  });
}

/** The signed-in user's own profile, password and sessions. */
export async function profileRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { auth, users, sessions } = services;
  app.addHook('onRequest', requireActor);

  async function page(request: FastifyRequest, reply: FastifyReply, forms: { profile?: FormState; password?: FormState }) {
    const me = await users.me(request.ctx);
    const profile = forms.profile ?? emptyForm({ fullName: me.fullName, title: me.title, phone: me.phone });
    const count = await sessions.countOf(me.id);
    return <ProfilePage ctx={await reply.viewContext()} profile={profile} password={forms.password ?? emptyForm()} sessions={count} />;
  }

  app.get('/admin/profile', async (request, reply) => reply.render(await page(request, reply, {})));

  app.post<{ Body: Body }>('/admin/profile', async (request, reply) =>
    submitForm(request, reply, {
      run: () => users.updateProfile(request.ctx, request.body),
      invalid: (form) => page(request, reply, { profile: form }),
      done: () => reply.flash('success', 'Đã lưu thông tin cá nhân.').redirect('/admin/profile', 303),
    }),
  );

  app.post<{ Body: Body }>('/admin/profile/password', async (request, reply) =>
    submitForm(request, reply, {
      run: () => auth.changePassword(request.ctx, request.sessionId, request.body),
      invalid: (form) => page(request, reply, { password: { ...form, values: {} } }),
      done: () => reply.flash('success', 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.').redirect('/admin/profile', 303),
    }),
  );

  app.post('/admin/logout-everywhere', async (request, reply) => {
    await auth.logoutEverywhere(request.ctx);
    clearSessionCookie(reply);
    return reply.flash('info', 'Bạn đã đăng xuất khỏi mọi thiết bị.').redirect('/admin/login', 303);
  });
}
