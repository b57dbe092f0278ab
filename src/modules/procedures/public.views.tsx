import { Badge, type BadgeTone } from '../../platform/views/components/badge.js';
import { FilterForm, SelectField, TextField, type FormState } from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { PublicLayout } from '../../platform/views/layouts.js';
import { formatDate } from '../../shared/dates.js';
import { formatDong, formatNumberVi } from '../../shared/money.js';
import { documentSymbols, type Fee } from './procedures.format.js';
import { templateUrl } from './procedures.media.js';
import type { Procedure, ProcedureSummary } from './procedures.repo.js';
import { LEVELS, ONLINE_LEVELS, type Level, type OnlineLevel } from './procedures.schema.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const ONLINE_TONE: Record<OnlineLevel, BadgeTone> = { full: 'success', partial: 'info', none: 'neutral' };

export const OnlineBadge = ({ level }: { level: OnlineLevel }) => (
  <Badge tone={ONLINE_TONE[level]}>{level === 'none' ? ONLINE_LEVELS.none : `Trực tuyến ${ONLINE_LEVELS[level].toLowerCase()}`}</Badge>
);

export const levelsText = (levels: Level[]) => levels.map((l) => LEVELS[l]).join(', ');

/** What a procedure costs in one phrase: one amount, a range of amounts, or what the text says. */
export function feeSummary(fees: Fee[]): string {
  const amounts = fees.flatMap((f) => (f.amount === null ? [] : [f.amount]));
  if (amounts.length === 0) return fees[0]?.label ?? 'Không thu phí, lệ phí';
  const min = Math.min(...amounts);
  const max = Math.max(...amounts);
  if (max === 0) return 'Không thu phí, lệ phí';
  return min === max ? formatDong(min) : `${formatDong(min)} – ${formatDong(max)}`;
}

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** Where the guides live on the portal: the content category of online-service and e-payment guides. */
export const GUIDES_CATEGORY = 'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen';

export type Guides = { href: string; name: string; articles: { slug: string; title: string }[] } | null;

export type CatalogueModel = {
  form: FormState;
  /** The filters as understood (not as typed), for the links to other pages. */
  filters: Record<string, string | undefined>;
  result: { total: number; items: ProcedureSummary[]; page: number; pageSize: number };
  fields: { key: string; name: string; count: number }[];
  counts: Partial<Record<OnlineLevel, number>>;
  guides: Guides;
  nationalPortal: string;
};

export function CataloguePage({ ctx, model }: { ctx: ViewContext; model: CatalogueModel }) {
  const { form, result, counts } = model;
  const all = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  const q = String(form.values.q ?? '');
  const filtered = Object.values(model.filters).some((v) => v !== undefined && v !== '');
  const title = q ? `Thủ tục hành chính: ${q}` : result.page > 1 ? `Thủ tục hành chính — trang ${result.page}` : 'Thủ tục hành chính';
  return (
    <PublicLayout title={title} ctx={ctx} extras={{ head: q ? <meta name="robots" content="noindex" /> : <meta name="description" content={`Danh mục thủ tục hành chính của ${ctx.site.name}: thành phần hồ sơ, thời hạn, phí, lệ phí và nộp hồ sơ trực tuyến.`} /> }}>
      <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }]} current="Thủ tục hành chính" />
      <h1>Thủ tục hành chính</h1>
      <p class="lead">
        {all > 0 ? (
          <>
            {ctx.site.name} giải quyết {formatNumberVi(all)} thủ tục hành chính, trong đó {formatNumberVi(counts.full ?? 0)} thủ tục làm trực tuyến toàn trình và{' '}
            {formatNumberVi(counts.partial ?? 0)} thủ tục trực tuyến một phần. Chọn một thủ tục để xem cần chuẩn bị giấy tờ gì, mất bao lâu, bao nhiêu tiền và nộp ở đâu.
          </>
        ) : (
          <>Danh mục thủ tục hành chính đang được cập nhật.</>
        )}
      </p>
      <FilterForm action="/thu-tuc-hanh-chinh" label="Tìm thủ tục hành chính">
        <TextField name="q" label="Tên hoặc mã thủ tục" type="search" hint="Có dấu hoặc không dấu, hoặc mã thủ tục" form={form} />
        <SelectField name="field" label="Lĩnh vực" options={model.fields.map((f) => ({ value: f.key, label: `${f.name} (${f.count})` }))} placeholder="Tất cả lĩnh vực" form={form} />
        <SelectField name="level" label="Cấp thực hiện" options={Object.entries(LEVELS).map(([value, label]) => ({ value, label }))} placeholder="Tất cả" form={form} />
        <SelectField name="online" label="Dịch vụ công trực tuyến" options={Object.entries(ONLINE_LEVELS).map(([value, label]) => ({ value, label }))} placeholder="Tất cả" form={form} />
      </FilterForm>
      {Object.keys(form.errors).length > 0 && (
        <div class="notice notice--warning" role="alert">
          <p>Một số điều kiện lọc không hợp lệ nên chưa được áp dụng:</p>
          <ul>
            {Object.entries(form.errors).map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status">
        {result.total === 0
          ? q
            ? `Không tìm thấy thủ tục nào cho “${q}”. Hãy thử từ khóa ngắn hơn, ví dụ một hai từ trong tên thủ tục, hoặc bỏ bớt điều kiện lọc.`
            : 'Không có thủ tục nào phù hợp với điều kiện lọc.'
          : filtered
            ? `Tìm thấy ${formatNumberVi(result.total)} thủ tục.`
            : `Có ${formatNumberVi(result.total)} thủ tục.`}
      </p>
      <ol class="search-results" start={(result.page - 1) * result.pageSize + 1}>
        {result.items.map((p) => (
          <li key={p.id}>
            <h2 class="search-results__title">
              <a href={`/thu-tuc-hanh-chinh/${p.slug}`}>{p.name}</a>
            </h2>
            <p class="muted">
              Mã {p.code} · {p.field} · {levelsText(p.levels)}
            </p>
            <p>
              <OnlineBadge level={p.onlineLevel} /> {p.processingDays !== null ? `${p.processingDays} ngày làm việc` : p.processingTime} ·{' '}
              {p.fees.length === 0 ? 'Không thu phí, lệ phí' : `Phí, lệ phí: ${feeSummary(p.fees)}`}
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery('/thu-tuc-hanh-chinh', { ...model.filters, page: page > 1 ? page : undefined })} />
      <OnlineHelp guides={model.guides} nationalPortal={model.nationalPortal} level={2} />
    </PublicLayout>
  );
}

/** The guides and the national portal: where a citizen learns to do it online. */
function OnlineHelp({ guides, nationalPortal, level }: { guides: Guides; nationalPortal: string; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="online-help-heading">
      <Heading id="online-help-heading">Hướng dẫn làm thủ tục trực tuyến</Heading>
      <ul>
        {guides?.articles.map((a) => (
          <li key={a.slug}>
            <a href={`/tin-tuc/${a.slug}`}>{a.title}</a>
          </li>
        ))}
        {guides && (
          <li>
            <a href={guides.href}>Tất cả bài trong mục “{guides.name}”</a>
          </li>
        )}
        <li>
          <a href={nationalPortal} rel="noopener">
            Cổng Dịch vụ công quốc gia
          </a>{' '}
          <span class="muted">— đăng nhập bằng tài khoản định danh điện tử VNeID, nộp hồ sơ, thanh toán và tra cứu kết quả.</span>
        </li>
      </ul>
    </section>
  );
}

const ONLINE_EXPLAINED: Record<OnlineLevel, string> = {
  full: 'Thủ tục này làm trực tuyến toàn trình: nộp hồ sơ, nộp phí, lệ phí và nhận kết quả đều trên mạng, không phải đến cơ quan.',
  partial:
    'Thủ tục này làm trực tuyến một phần: nộp hồ sơ trên mạng, nhưng còn ít nhất một bước phải làm trực tiếp (xuất trình bản chính, kiểm tra thực tế, nộp phí hoặc nhận kết quả).',
  none: 'Thủ tục này chưa có dịch vụ công trực tuyến: nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính tại cơ quan thực hiện.',
};

export type ProcedureModel = {
  procedure: Procedure;
  guides: Guides;
  nationalPortal: string;
  canonical: string;
  print: boolean;
};

function Lines({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p class="muted">{empty}</p>;
  if (items.length === 1) return <p>{items[0]}</p>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

/** A legal basis line with each document symbol linked to the documents library's search. */
function LegalLine({ line }: { line: string }) {
  return (
    <>
      {documentSymbols(line).map((part, i) =>
        part.symbol ? (
          <a key={i} href={withQuery('/van-ban', { q: part.symbol })}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function ProcedurePage({ ctx, model }: { ctx: ViewContext; model: ProcedureModel }) {
  const { procedure: p, print } = model;
  const amounts = p.fees.filter((f) => f.amount !== null);
  const templates = p.components.filter((c) => c.template).length;
  const description = `${p.name}: thành phần hồ sơ, trình tự, thời hạn giải quyết, phí, lệ phí. Mã thủ tục ${p.code}.`;
  const head = (
    <>
      <link rel="canonical" href={model.canonical} />
      <meta name="description" content={description} />
      <meta property="og:title" content={p.name} />
      <meta property="og:description" content={description} />
      {print && <meta name="robots" content="noindex" />}
    </>
  );
  return (
    <PublicLayout title={p.name} ctx={ctx} extras={{ head }}>
      <article class={print ? 'article article--print procedure' : 'article procedure'}>
        <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }, { href: '/thu-tuc-hanh-chinh', label: 'Thủ tục hành chính' }, { href: withQuery('/thu-tuc-hanh-chinh', { field: p.fieldKey }), label: p.field }]} current={p.name} />
        <h1>{p.name}</h1>
        <p class="muted">
          Mã thủ tục: {p.code} · Lĩnh vực: {p.field} · <OnlineBadge level={p.onlineLevel} />
        </p>

        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Tóm tắt</h2>
          <dl class="summary-list">
            <div>
              <dt>Cần chuẩn bị</dt>
              <dd>
                {p.components.length === 0 ? 'Xem trình tự thực hiện' : <a href="#thanh-phan-ho-so">{`${p.components.length} loại giấy tờ`}</a>}
                {templates > 0 && `, có ${templates} mẫu đơn, tờ khai để tải về`}
              </dd>
            </div>
            <div>
              <dt>Chi phí</dt>
              <dd>
                <a href="#phi-le-phi">{feeSummary(p.fees)}</a>
              </dd>
            </div>
            <div>
              <dt>Thời hạn giải quyết</dt>
              <dd>{p.processingDays !== null ? `${p.processingDays} ngày làm việc` : <a href="#thoi-han">{p.processingTime}</a>}</dd>
            </div>
            <div>
              <dt>Nơi nộp, nhận kết quả</dt>
              <dd>
                {p.agency}
                {p.onlineLevel !== 'none' && ' hoặc trực tuyến trên Cổng Dịch vụ công quốc gia'}
              </dd>
            </div>
          </dl>
        </section>

        <section aria-labelledby="online-heading" id="lam-truc-tuyen" class="notice notice--info">
          <h2 id="online-heading">Làm trực tuyến</h2>
          <p>{ONLINE_EXPLAINED[p.onlineLevel]}</p>
          {p.onlineLevel !== 'none' &&
            (print ? (
              <p>Nộp hồ sơ trực tuyến tại: {p.onlineUrl || model.nationalPortal}</p>
            ) : (
              <p class="actions">
                <a class="button" href={p.onlineUrl || model.nationalPortal} rel="noopener">
                  Nộp hồ sơ trực tuyến
                </a>
                <a class="button button--secondary" href={model.nationalPortal} rel="noopener">
                  Tra cứu hồ sơ đã nộp
                </a>
              </p>
            ))}
          {!print && <OnlineHelp guides={model.guides} nationalPortal={model.nationalPortal} level={3} />}
        </section>

        <section aria-labelledby="info-heading">
          <h2 id="info-heading">Thông tin chung</h2>
          <dl class="summary-list">
            <div>
              <dt>Mã thủ tục</dt>
              <dd>{p.code}</dd>
            </div>
            <div>
              <dt>Lĩnh vực</dt>
              <dd>{p.field}</dd>
            </div>
            <div>
              <dt>Cấp thực hiện</dt>
              <dd>{levelsText(p.levels)}</dd>
            </div>
            <div>
              <dt>Cơ quan thực hiện</dt>
              <dd>{p.agency}</dd>
            </div>
            <div>
              <dt>Dịch vụ công trực tuyến</dt>
              <dd>{ONLINE_LEVELS[p.onlineLevel]}</dd>
            </div>
            {p.result && (
              <div>
                <dt>Kết quả</dt>
                <dd>{p.result}</dd>
              </div>
            )}
          </dl>
        </section>

        <section aria-labelledby="components-heading" id="thanh-phan-ho-so">
          <h2 id="components-heading">Thành phần hồ sơ</h2>
          {p.components.length === 0 ? (
            <p class="muted">Không yêu cầu giấy tờ; xem trình tự thực hiện.</p>
          ) : (
            <DataTable caption="Thành phần hồ sơ">
              <thead>
                <tr>
                  <th scope="col">STT</th>
                  <th scope="col">Tên giấy tờ</th>
                  <th scope="col">Số lượng</th>
                  <th scope="col">Mẫu đơn, tờ khai</th>
                </tr>
              </thead>
              <tbody>
                {p.components.map((c, i) => (
                  <tr key={c.id}>
                    <td class="num">{i + 1}</td>
                    <td>{c.name}</td>
                    <td>{`${c.copies} bản`}</td>
                    <td>
                      {c.template ? (
                        <a href={templateUrl(c.id)} download={c.template.fileName}>
                          {`Tải ${c.template.fileName}`} <span class="muted">({kb(c.template.size)})</span>
                        </a>
                      ) : (
                        <span class="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>

        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">Trình tự thực hiện</h2>
          <ol>
            {p.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </section>

        {p.submission && (
          <section aria-labelledby="submission-heading">
            <h2 id="submission-heading">Cách thức thực hiện</h2>
            <Lines items={p.submission.split('\n').filter(Boolean)} empty="" />
          </section>
        )}

        <section aria-labelledby="time-heading" id="thoi-han">
          <h2 id="time-heading">Thời hạn giải quyết</h2>
          <p>{p.processingTime}</p>
        </section>

        <section aria-labelledby="fees-heading" id="phi-le-phi">
          <h2 id="fees-heading">Phí, lệ phí</h2>
          {p.fees.length === 0 ? (
            <p>Không thu phí, lệ phí.</p>
          ) : amounts.length === 0 ? (
            <Lines items={p.fees.map((f) => f.label)} empty="" />
          ) : (
            <DataTable caption="Phí, lệ phí (đơn vị tính: đồng)">
              <thead>
                <tr>
                  <th scope="col">Khoản thu</th>
                  <th scope="col" class="num">
                    Mức thu
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.fees.map((f, i) => (
                  <tr key={i}>
                    <td>{f.label}</td>
                    <td class="num">{f.amount === null ? '—' : formatDong(f.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>

        <section aria-labelledby="conditions-heading">
          <h2 id="conditions-heading">Điều kiện thực hiện</h2>
          <Lines items={p.conditions} empty="Không có điều kiện riêng." />
        </section>

        <section aria-labelledby="legal-heading">
          <h2 id="legal-heading">Căn cứ pháp lý</h2>
          {p.legalBasis.length === 0 ? (
            <p class="muted">Đang cập nhật.</p>
          ) : (
            <ul>
              {p.legalBasis.map((line, i) => (
                <li key={i}>
                  <LegalLine line={line} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <p class="muted">Cập nhật ngày {formatDate(p.updatedAt)}.</p>
        {print ? (
          <p class="muted">Địa chỉ trang: {model.canonical}. Dùng lệnh In của trình duyệt (Ctrl+P) để in trang này.</p>
        ) : (
          <p class="actions">
            <a class="button button--secondary button--small" href={`/thu-tuc-hanh-chinh/${p.slug}/in`}>
              Bản in
            </a>
            {/* The statistics module files its figures under the same field slugs (`?linh-vuc=`). */}
            <a class="button button--secondary button--small" href={withQuery('/ket-qua-giai-quyet-tthc', { 'linh-vuc': p.fieldKey })}>
              Kết quả giải quyết hồ sơ lĩnh vực {p.field}
            </a>
          </p>
        )}
      </article>
    </PublicLayout>
  );
}
