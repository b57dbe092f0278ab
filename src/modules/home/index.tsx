import type { ViewContext } from '../../platform/views/context.js';
import { PublicLayout } from '../../platform/views/layouts.js';
import type { Module } from '../module.js';

function HomePage({ ctx }: { ctx: ViewContext }) {
  return (
    <PublicLayout title="Trang chủ" ctx={ctx}>
      <h1>Cải cách hành chính</h1>
      <p class="lead">
        Trang thông tin về công tác cải cách hành chính của {ctx.site.name}: tin tức, văn bản, thủ tục hành chính, hướng dẫn dịch vụ công trực tuyến và
        kết quả thực hiện.
      </p>
      <p>
        Người dân, tổ chức, doanh nghiệp có thể theo dõi, giám sát việc thực hiện cải cách hành chính và gửi phản ánh, kiến nghị về quy định hành chính.
      </p>
    </PublicLayout>
  );
}

export const homeModule: Module = async (app) => {
  app.get('/', async (_request, reply) => reply.render(<HomePage ctx={await reply.viewContext()} />));
};
