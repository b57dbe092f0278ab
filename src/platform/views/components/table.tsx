import type { ComponentChildren } from 'preact';

/** A data table that scrolls sideways on small screens (and by keyboard), with a caption for screen readers. */
export function DataTable({ caption, children }: { caption: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0}>
      <table class="table">
        <caption class="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
