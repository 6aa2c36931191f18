/**
 * RT answers a PUT with 200 and a list of messages, one per change it tried, refusals included
 * ("Asset 12: You can't change status from 'wiped' to 'picked-up'."). These read that list: anything
 * that is not a known confirmation of what we asked for counts as a refusal, in RT's own words.
 */

/** The message list of a 200 answer; a body of another shape is itself reported as the "message". */
export function messageList(json: unknown): readonly string[] {
  if (Array.isArray(json) && json.every((m): m is string => typeof m === 'string')) return json;
  return [`unexpected answer: ${JSON.stringify(json ?? null).slice(0, 200)}`];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const STATUS_CHANGED = /Status changed from '[^']*' to '[^']*'/;

/** What RT said instead of confirming a status change; empty when it confirmed it. */
export function statusRefusals(messages: readonly string[]): readonly string[] {
  if (messages.some((m) => STATUS_CHANGED.test(m))) return messages.filter((m) => !STATUS_CHANGED.test(m));
  return messages.length > 0 ? messages : ['RT changed nothing and said nothing.'];
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
