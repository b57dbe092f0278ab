import type { FastifyReply } from 'fastify';

/** How both sides of the Open311 API (open311.ts, open311.write.ts) answer: JSON or XML, chosen by the path's suffix. */

export type Format = 'json' | 'xml';
export const FORMATS: Format[] = ['json', 'xml'];
export const PREFIX = '/open311/v2';

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** A value as XML elements; arrays repeat the element named by `itemName`. */
function toXml(name: string, value: Value, itemName?: (parent: string) => string): string {
  if (Array.isArray(value)) return `<${name}>${value.map((v) => toXml(itemName ? itemName(name) : 'item', v, itemName)).join('')}</${name}>`;
  if (value !== null && typeof value === 'object') return `<${name}>${Object.entries(value).map(([k, v]) => toXml(k, v, itemName)).join('')}</${name}>`;
  return `<${name}>${value === null ? '' : escapeXml(String(value))}</${name}>`;
}

const ITEM_NAMES: Record<string, string> = { services: 'service', service_requests: 'request', errors: 'error', endpoints: 'endpoint', formats: 'format' };
const itemName = (parent: string) => ITEM_NAMES[parent] ?? 'item';

export function send(reply: FastifyReply, format: Format, root: string, value: Value, status = 200) {
  reply.code(status).header('access-control-allow-origin', '*');
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
  return reply.type('text/xml; charset=utf-8').send(`<?xml version="1.0" encoding="utf-8"?>\n${toXml(root, value, itemName)}`);
}

/** Errors in the specification's format: a list of { code, description }, one per problem. */
export const sendError = (reply: FastifyReply, format: Format, status: number, description: string | string[]) =>
  send(reply, format, 'errors', [description].flat().map((d) => ({ code: status, description: d })), status);
