import type { ViewContext } from '../views/context.js';
import { PublicLayout } from '../views/layouts.js';

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Cần đăng nhập',
  403: 'Không có quyền truy cập',
  404: 'Không tìm thấy trang',
  409: 'Không thể thực hiện',
  413: 'Tệp hoặc dữ liệu quá lớn',
  422: 'Dữ liệu chưa hợp lệ',
  429: 'Quá nhiều yêu cầu',
  500: 'Đã có lỗi xảy ra',
  503: 'Hệ thống tạm thời gián đoạn',
};

export const errorTitle = (status: number) => TITLES[status] ?? (status >= 500 ? TITLES[500]! : TITLES[400]!);

/** One page for every error a person can meet; it shows the request id so support can find the log line. */
export function ErrorPage({ ctx, status, message }: { ctx: ViewContext; status: number; message: string }) {
  const title = errorTitle(status);
  return (
    <PublicLayout title={title} ctx={ctx}>
      <h1>{title}</h1>
      <p class="lead">{message}</p>
      <p>
        <a href="/">Về trang chủ</a>
        {ctx.actor && (
          <>
            {' · '}
            <a href="/admin">Về trang quản trị</a>
          </>
        )}
      </p>
      <p class="muted">Mã yêu cầu: {ctx.requestId}</p>
    </PublicLayout>
  );
}
