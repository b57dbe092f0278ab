import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Server-side render of a whole page; preact escapes every text and attribute value. */
export const renderDocument = (page: VNode) => `<!doctype html>${renderToString(page)}`;

export const renderFragment = (node: VNode) => renderToString(node);
