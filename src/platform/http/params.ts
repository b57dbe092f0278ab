import { NotFoundError } from './errors.js';

/** A numeric id from the URL; anything else is a page that does not exist. */
export function idParam(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new NotFoundError();
  return Number(value);
}
