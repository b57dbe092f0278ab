import type { FormState } from '../../platform/views/components/form.js';
import { formatDateTime } from '../../shared/dates.js';
import { ACCEPT_ATTRIBUTE, ACCEPTED_LABEL, MAX_ATTACHMENTS } from './feedback.attachments.js';
import type { CaseLinks } from './feedback.links.js';
import { RELATED_TYPES, type RelatedRef } from './feedback.related.js';
import { StateBadge } from './views.shared.js';

export const SUGGEST_PATH = '/phan-anh-kien-nghi/lien-quan';
export const attachmentUrl = (id: number) => `/admin/feedback/tep-dinh-kem/${id}`;

/** A field's hint and message, wired to its control like the platform's form fields. */
function FieldText({ name, hint, form }: { name: string; hint: string; form: FormState }) {
  const error = form.errors[name];
  return (
    <>
      <p class="field__hint" id={`f-${name}-hint`}>
        {hint}
      </p>
      {error && (
        <p class="field__error" id={`f-${name}-error`}>
          <span class="visually-hidden">Lỗi: </span>
          {error}
        </p>
      )}
    </>
  );
}

const describedBy = (name: string, form: FormState) => [`f-${name}-hint`, form.errors[name] ? `f-${name}-error` : ''].filter(Boolean).join(' ');

/** The suggestions of the related field: the datalist itself, swapped whole by htmx as the citizen types. */
export function RelatedOptions({ options }: { options: RelatedRef[] }) {
  return (
    <datalist id="related-options">
      {options.map((o) => (
        <option key={`${o.type}-${o.id}`} value={o.title}>
          {RELATED_TYPES[o.type]}
        </option>
      ))}
    </datalist>
  );
}

/**
 * The procedure or document the feedback concerns. Without JavaScript it is a text box the server
 * resolves (a 422 page lists the candidates in the datalist); with htmx the list follows the typing.
 */
export function RelatedField({ form, suggestions }: { form: FormState; suggestions: RelatedRef[] }) {
  const invalid = Boolean(form.errors.related);
  return (
    <div class={invalid ? 'field field--error' : 'field'}>
      <label for="f-related">Thủ tục hành chính hoặc văn bản liên quan (không bắt buộc)</label>
      <FieldText name="related" form={form} hint="Gõ tên thủ tục, số hiệu văn bản (ví dụ: 61/2018/NĐ-CP) hoặc dán địa chỉ trang thủ tục, văn bản trên cổng thông tin, rồi chọn trong danh sách gợi ý." />
      <input
        type="text"
        id="f-related"
        name="related"
        value={String(form.values.related ?? '')}
        maxLength={300}
        list="related-options"
        autocomplete="off"
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={describedBy('related', form)}
        hx-get={SUGGEST_PATH}
        hx-trigger="input changed delay:300ms"
        hx-target="#related-options"
        hx-swap="outerHTML"
      />
      <RelatedOptions options={suggestions} />
    </div>
  );
}

/** Up to five files; a browser cannot put chosen files back into a page, which the hint says before it matters. */
export function AttachmentsField({ form }: { form: FormState }) {
  const invalid = Boolean(form.errors.attachments);
  return (
    <div class={invalid ? 'field field--error' : 'field'}>
      <label for="f-attachments">Tệp đính kèm (không bắt buộc)</label>
      <FieldText name="attachments" form={form} hint={`Tối đa ${MAX_ATTACHMENTS} tệp ${ACCEPTED_LABEL}, mỗi tệp không quá 10 MB. Tệp chỉ cán bộ xử lý xem được, không bao giờ được công khai.`} />
      <input type="file" id="f-attachments" name="attachments" multiple accept={ACCEPT_ATTRIBUTE} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy('attachments', form)} />
    </div>
  );
}

export const RelatedLink = ({ related }: { related: RelatedRef }) => (
  <>
    {RELATED_TYPES[related.type]}: <a href={related.url}>{related.title}</a>
  </>
);

/** The submitter's own files on the lookup page: names only, nothing to download there. */
export function FileNames({ files }: { files: string[] }) {
  if (files.length === 0) return null;
  return (
    <>
      <dt>Tệp đã gửi kèm</dt>
      <dd>
        <ul>
          {files.map((name, i) => (
            <li key={i}>{name}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}

const CaseLink = ({ link }: { link: CaseLinks['duplicates']['duplicates'][number] }) => (
  <>
    <a href={`/admin/feedback/${link.case.id}`}>{link.case.code}</a> “{link.case.title}” <StateBadge state={link.case.status} />
    <br />
    <span class="muted">
      Lý do: {link.reason} ({link.actorName}, {formatDateTime(link.linkedAt)})
    </span>
  </>
);

/** The back office's view of a case's links: files (downloads are audited), the related page, duplicates both ways. */
export function CaseLinksFacts({ links }: { links: CaseLinks }) {
  const { attachments, related, duplicates } = links;
  return (
    <dl class="facts">
      <dt>Thủ tục, văn bản liên quan</dt>
      <dd>{related ? <RelatedLink related={related} /> : '—'}</dd>
      {attachments && (
        <>
          <dt>Tệp đính kèm (dữ liệu cá nhân; mỗi lần tải được ghi nhật ký)</dt>
          <dd>
            {attachments.length === 0 ? (
              '—'
            ) : (
              <ul>
                {attachments.map((a) => (
                  <li key={a.id}>
                    <a href={attachmentUrl(a.id)}>{a.fileName}</a>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </>
      )}
      {duplicates.original && (
        <>
          <dt>Trùng với phản ánh gốc</dt>
          <dd>
            <CaseLink link={duplicates.original} />
          </dd>
        </>
      )}
      {duplicates.duplicates.length > 0 && (
        <>
          <dt>Phản ánh trùng với phản ánh này</dt>
          <dd>
            <ul>
              {duplicates.duplicates.map((d) => (
                <li key={d.case.id}>
                  <CaseLink link={d} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
