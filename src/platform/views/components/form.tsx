import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../http/errors.js';

/** What a form view receives: the values to show (the user's own input after an error) and the messages. */
export type FormState<V = Record<string, unknown>> = { values: Partial<V>; errors: FieldErrors };

export const emptyForm = <V,>(values: Partial<V> = {}): FormState<V> => ({ values, errors: {} });

export const fieldId = (name: string) => `f-${name}`;

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** GOV.UK pattern: a titled box at the top, each message a link to its field. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    // autofocus moves keyboard and screen-reader users to the summary after a 422, without JavaScript.
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autofocus>
      <h2 class="error-summary__title" id="error-summary-title">
        Có {entries.length} lỗi cần sửa
      </h2>
      <ul class="error-summary__list">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type FieldProps = {
  name: string;
  label: string;
  form: FormState<any>;
  hint?: string;
  required?: boolean;
};

function Message({ name, form, hint }: Pick<FieldProps, 'name' | 'form' | 'hint'>) {
  const error = form.errors[name];
  return (
    <>
      {hint && (
        <p class="field__hint" id={`${fieldId(name)}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${fieldId(name)}-error`}>
          <span class="visually-hidden">Lỗi: </span>
          {error}
        </p>
      )}
    </>
  );
}

function Field({ name, label, form, hint, children }: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={form.errors[name] ? 'field field--error' : 'field'}>
      <label for={fieldId(name)}>{label}</label>
      <Message name={name} form={form} hint={hint} />
      {children}
    </div>
  );
}

/** The ARIA wiring every control shares: invalid state and the ids of its hint and message. */
function controlAttributes(name: string, form: FormState<any>, hint?: string) {
  const ids = [hint ? `${fieldId(name)}-hint` : '', form.errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean);
  return {
    id: fieldId(name),
    name,
    'aria-invalid': form.errors[name] ? ('true' as const) : undefined,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
  };
}

const valueOf = (form: FormState<any>, name: string) => {
  const value = form.values[name];
  return value === undefined || value === null ? '' : String(value);
};

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date' | 'number' | 'search';
    autocomplete?: string;
    maxLength?: number;
  },
) {
  const { name, form, hint, type = 'text' } = props;
  return (
    <Field {...props}>
      <input
        {...controlAttributes(name, form, hint)}
        // Preact 11 types each input type separately; the union of ours is checked by the prop type above.
        type={type as 'text'}
        value={type === 'password' ? '' : valueOf(form, name)}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        required={props.required}
      />
    </Field>
  );
}

export function TextareaField(props: FieldProps & { rows?: number; maxLength?: number }) {
  const { name, form, hint } = props;
  return (
    <Field {...props}>
      <textarea {...controlAttributes(name, form, hint)} rows={props.rows ?? 5} maxLength={props.maxLength} required={props.required}>
        {valueOf(form, name)}
      </textarea>
    </Field>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: FieldProps & { options: readonly Option[]; placeholder?: string }) {
  const { name, form, hint, options, placeholder } = props;
  const selected = valueOf(form, name);
  return (
    <Field {...props}>
      <select {...controlAttributes(name, form, hint)} required={props.required}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === selected}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A group of checkboxes sharing one name; the error summary links to the first box. */
export function CheckboxesField({ name, label, form, hint, options }: FieldProps & { options: readonly Option[] }) {
  const raw = form.values[name];
  const checked = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String));
  const { id, ...aria } = controlAttributes(name, form, hint);
  return (
    <div class={form.errors[name] ? 'field field--error' : 'field'}>
      <fieldset aria-describedby={aria['aria-describedby']}>
        <legend>{label}</legend>
        <Message name={name} form={form} hint={hint} />
        <div class="checkboxes">
          {options.map((o, i) => {
            const boxId = i === 0 ? id : `${id}-${o.value}`;
            return (
              <div class="checkbox" key={o.value}>
                <input type="checkbox" id={boxId} name={name} value={o.value} checked={checked.has(o.value)} />
                <label for={boxId}>{o.label}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A one-button form for an action (deactivate, log out…): CSRF-protected, works without JavaScript. */
export function ActionButton(props: { action: string; csrf: string; label: string; variant?: 'secondary' | 'danger' }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField token={props.csrf} />
      <button type="submit" class={props.variant ? `button button--small button--${props.variant}` : 'button button--small'}>
        {props.label}
      </button>
    </form>
  );
}

/** The submit row: one primary button and, where leaving is possible, a cancel link. */
export function FormActions({ submit, cancelHref, secondary }: { submit: string; cancelHref?: string; secondary?: boolean }) {
  return (
    <div class="form-actions">
      <button type="submit" class={secondary ? 'button button--secondary' : 'button'}>
        {submit}
      </button>
      {cancelHref && (
        <a class="button button--secondary" href={cancelHref}>
          Hủy
        </a>
      )}
    </div>
  );
}

/**
 * A state-changing form as rule 4 wants it: the error summary above, the CSRF field inside,
 * browser validation off (the server's messages are the ones that count), the submit row last.
 */
export function PostForm(props: { action: string; csrf: string; errors: FieldErrors; submit: string; cancelHref?: string; children: ComponentChildren }) {
  return (
    <>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrf} />
        {props.children}
        <FormActions submit={props.submit} cancelHref={props.cancelHref} />
      </form>
    </>
  );
}

/** A GET form that narrows a list; it keeps working without JavaScript. */
export function FilterForm({ action, label, children }: { action: string; label: string; children: ComponentChildren }) {
  return (
    <form method="get" action={action} class="filters" role="search" aria-label={label}>
      {children}
      <FormActions submit="Lọc" secondary />
    </form>
  );
}
