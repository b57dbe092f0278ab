import { CsrfField, TextField, type FormState, PostForm } from '../../platform/views/components/form.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout, AuthLayout } from '../../platform/views/layouts.js';
import { MIN_PASSWORD_LENGTH } from '../../platform/auth/passwords.js';

const PASSWORD_HINT = `Ít nhất ${MIN_PASSWORD_LENGTH} ký tự; nên dùng một câu dễ nhớ với chữ, số và dấu cách. Mật khẩu quá phổ biến sẽ bị từ chối.`;

export function LoginPage({ ctx, form, next }: { ctx: ViewContext; form: FormState; next: string }) {
  return (
    <AuthLayout title="Đăng nhập" ctx={ctx}>
      <h1>Đăng nhập quản trị</h1>
      <PostForm action="/admin/login" csrf={ctx.csrfToken} errors={form.errors} submit="Đăng nhập">
        <input type="hidden" name="next" value={next} />
        <TextField name="email" label="Email" type="email" autocomplete="username" form={form} required />
        <TextField name="password" label="Mật khẩu" type="password" autocomplete="current-password" form={form} required />
        </PostForm>
      <p>
        <a href="/admin/password/forgot">Quên mật khẩu?</a>
      </p>
    </AuthLayout>
  );
}

export function ForgotPasswordPage({ ctx, form, sent }: { ctx: ViewContext; form: FormState; sent: boolean }) {
  return (
    <AuthLayout title="Quên mật khẩu" ctx={ctx}>
      <h1>Quên mật khẩu</h1>
      {sent ? (
        <div class="notice notice--success" role="status">
          Nếu email này có tài khoản đang hoạt động, một liên kết đặt lại mật khẩu (hiệu lực 2 giờ) đã được gửi tới hộp thư.
        </div>
      ) : (
        <>
          <PostForm action="/admin/password/forgot" csrf={ctx.csrfToken} errors={form.errors} submit="Gửi liên kết đặt lại mật khẩu">
            <TextField name="email" label="Email đăng nhập" type="email" autocomplete="username" form={form} required />
            </PostForm>
        </>
      )}
      <p>
        <a href="/admin/login">Quay lại đăng nhập</a>
      </p>
    </AuthLayout>
  );
}

export function SetPasswordPage(props: {
  ctx: ViewContext;
  form: FormState;
  token: string;
  who: { purpose: 'invite' | 'reset'; email: string; fullName: string };
}) {
  const { ctx, form, token, who } = props;
  const title = who.purpose === 'invite' ? 'Kích hoạt tài khoản' : 'Đặt lại mật khẩu';
  return (
    <AuthLayout title={title} ctx={ctx}>
      <h1>{title}</h1>
      <p>
        Tài khoản: <strong>{who.fullName}</strong> ({who.email})
      </p>
      <PostForm action={`/admin/password/set/${token}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu mật khẩu">
        <TextField name="newPassword" label="Mật khẩu mới" type="password" autocomplete="new-password" hint={PASSWORD_HINT} form={form} required />
        <TextField name="confirmPassword" label="Nhập lại mật khẩu mới" type="password" autocomplete="new-password" form={form} required />
        </PostForm>
    </AuthLayout>
  );
}

export function ProfilePage(props: { ctx: ViewContext; profile: FormState; password: FormState; sessions: number }) {
  const { ctx, profile, password } = props;
  return (
    <AdminLayout title="Hồ sơ cá nhân" ctx={ctx}>
      <h1>Hồ sơ cá nhân</h1>
      <p class="muted">Email đăng nhập: {ctx.actor?.email}</p>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Thông tin cá nhân</h2>
        <PostForm action="/admin/profile" csrf={ctx.csrfToken} errors={profile.errors} submit="Lưu thông tin">
          <TextField name="fullName" label="Họ và tên" form={profile} autocomplete="name" required />
          <TextField name="title" label="Chức vụ" form={profile} />
          <TextField name="phone" label="Điện thoại" type="tel" form={profile} autocomplete="tel" />
          </PostForm>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Đổi mật khẩu</h2>
        <PostForm action="/admin/profile/password" csrf={ctx.csrfToken} errors={password.errors} submit="Đổi mật khẩu">
          <TextField name="currentPassword" label="Mật khẩu hiện tại" type="password" autocomplete="current-password" form={password} required />
          <TextField name="newPassword" label="Mật khẩu mới" type="password" autocomplete="new-password" hint={PASSWORD_HINT} form={password} required />
          <TextField name="confirmPassword" label="Nhập lại mật khẩu mới" type="password" autocomplete="new-password" form={password} required />
          </PostForm>
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Phiên đăng nhập</h2>
        <p>Tài khoản của bạn đang đăng nhập ở {props.sessions} nơi (trình duyệt, thiết bị).</p>
        <form method="post" action="/admin/logout-everywhere">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button button--secondary">
            Đăng xuất khỏi mọi nơi
          </button>
        </form>
      </section>
    </AdminLayout>
  );
}
