/**
 * RT answers a PUT with 200 and a list of messages, one per change it tried, refusals included
 * ("Asset 12: You can't change status from 'wiped' to 'picked-up'."). These read that list: what RT refused
 * is a refusal in RT's own words; an answer that says nothing about what we asked for is not taken as a yes
 * (an answer meant for another request, e.g. repeated by something on the network, must never count).
 */

/** The message list of a 200 answer, or null when the body is not one. */
export function messageList(json: unknown): readonly string[] | null {
  return Array.isArray(json) && json.every((m): m is string => typeof m === 'string') ? json : null;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const STATUS_CHANGED = /Status changed from '[^']*' to '[^']*'/;

/** RT prefixes what it says about a record's own columns with "Asset <name or id>: ". */
function aboutAsset(message: string, id: number, name: string): boolean {
  return message.startsWith(`Asset ${id}: `) || (name !== '' && message.startsWith(`Asset ${name}: `));
}

export type StatusAnswer =
  | { readonly kind: 'moved' }
  /** RT refused the move; its words. */
  | { readonly kind: 'refused'; readonly said: readonly string[] }
  /** Nothing in the answer is about this move. */
  | { readonly kind: 'unrelated' };

/** Reads RT's answer to moving asset `id` to `status`. */
export function readStatusAnswer(messages: readonly string[], id: number, name: string, status: string): StatusAnswer {
  const about = messages.filter((m) => aboutAsset(m, id, name));
  if (about.some((m) => STATUS_CHANGED.test(m) && m.endsWith(` to '${status}'`))) return { kind: 'moved' };
  const refusals = about.filter((m) => !STATUS_CHANGED.test(m));
  return refusals.length > 0 ? { kind: 'refused', said: refusals } : { kind: 'unrelated' };
}

/** RT's confirmations for a single-value custom field: added, changed to, deleted, no longer a value. */
export function confirms(field: string, message: string): boolean {
  const name = escape(field);
  return (
    new RegExp(`^${name} .* added$`, 's').test(message) ||
    new RegExp(`^${name} .* changed to .*$`, 's').test(message) ||
    new RegExp(`^${name} .* deleted$`, 's').test(message) ||
    new RegExp(`^.* is no longer a value for custom field ${name}$`, 's').test(message)
  );
}

/** RT confirms that the field now holds exactly this value (added, or changed to it). */
export function confirmsValue(field: string, value: string, message: string): boolean {
  return message === `${field} ${value} added` || (message.startsWith(`${field} `) && message.endsWith(` changed to ${value}`));
}

/** A message about the field that is not a confirmation: RT refused to write it. */
export function refusesField(field: string, message: string): boolean {
  return !confirms(field, message) && (message.includes(`'${field}'`) || message.includes(`custom field ${field}`));
}

/** What RT said (or left unsaid) instead of confirming each custom field we wrote; empty when all were confirmed. */
export function fieldRefusals(messages: readonly string[], fields: readonly string[]): readonly string[] {
  const unconfirmed = messages.filter((m) => !fields.some((field) => confirms(field, m)));
  const silent = fields.filter((field) => !messages.some((m) => confirms(field, m))).map((field) => `RT did not confirm custom field '${field}'.`);
  return [...unconfirmed, ...silent];
}

/** Link messages: a new link is confirmed, an existing one is fine (adding it again changes nothing). */
export function linkRefusals(messages: readonly string[]): readonly string[] {
  return messages.filter((m) => !/refers to /i.test(m) && m !== 'Link already exists');
}
