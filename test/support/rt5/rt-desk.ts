import { expect } from 'vitest';

/**
 * What a person at RT's desk sees and does, through REST2 with root's token: independent of the connector's
 * code, so tests check RT itself rather than the driver's own reading of it.
 */
export interface RtAssetView {
  readonly id: number;
  readonly name: string;
  readonly status: string;
  readonly catalogId: string;
  readonly fields: Readonly<Record<string, string | null>>;
}

export interface RtTransaction {
  readonly type: string;
  readonly field: string;
  readonly oldValue: string;
  readonly newValue: string;
}

export interface RtDesk {
  get(path: string): Promise<unknown>;
  asset(id: number): Promise<RtAssetView>;
  history(kind: 'asset' | 'ticket', id: number): Promise<readonly RtTransaction[]>;
  assetIdsBySerial(serial: string): Promise<readonly number[]>;
  customFieldId(name: string): Promise<string>;
  /** History entries of one custom field (RT records the field's id in Field). */
  fieldChanges(history: readonly RtTransaction[], fieldName: string): Promise<readonly RtTransaction[]>;
  /** A change made by a person in RT: PUT, answering RT's messages. */
  put(path: string, body: unknown): Promise<readonly string[]>;
  /** Subjects and texts of a ticket's comments, oldest first. */
  comments(ticketId: number): Promise<readonly { readonly subject: string; readonly content: string }[]>;
  /** Subjects and texts of a ticket's replies (correspondence RT mails to requestors and Ccs), oldest first. */
  replies(ticketId: number): Promise<readonly { readonly subject: string; readonly content: string }[]>;
}

interface Page {
  items: Record<string, unknown>[];
  pages?: number | null;
}

export function rtDesk(restUrl: string, token: string): RtDesk {
  const headers = { Authorization: `token ${token}`, 'Content-Type': 'application/json', 'User-Agent': 'dockside-test-desk' };

  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${restUrl}/${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    expect(response.status, `${method} ${path}: ${text.slice(0, 300)}`).toBeLessThan(300);
    return text === '' ? null : (JSON.parse(text) as unknown);
  }

  async function all(path: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for (let page = 1; ; page += 1) {
      const sep = path.includes('?') ? '&' : '?';
      const got = (await call('GET', `${path}${sep}per_page=100&page=${page}`)) as Page;
      items.push(...got.items);
      if (got.items.length < 100) return items;
    }
  }

  async function customFieldId(name: string): Promise<string> {
    const got = (await call('POST', 'customfields', [{ field: 'Name', value: name }])) as Page;
    expect(got.items, `custom field ${name}`).toHaveLength(1);
    return String(got.items[0]?.['id']);
  }

  async function messagesOf(ticketId: number, type: 'Comment' | 'Correspond'): Promise<{ subject: string; content: string }[]> {
    const items = await all(`ticket/${ticketId}/history?fields=Type`);
    const result: { subject: string; content: string }[] = [];
    for (const txn of items.filter((t) => t['Type'] === type)) {
      const attachments = (await call('GET', `transaction/${String(txn['id'])}/attachments?fields=Subject,Content`)) as Page;
      const first = attachments.items[0] ?? {};
      result.push({ subject: String(first['Subject'] ?? ''), content: String(first['Content'] ?? '') });
    }
    return result;
  }

  return {
    get: (path) => call('GET', path),
    async asset(id) {
      const json = (await call('GET', `asset/${id}`)) as {
        id: number;
        Name: string;
        Status: string;
        Catalog: { id: string };
        CustomFields: { name: string; values: string[] }[];
      };
      return {
        id: Number(json.id),
        name: json.Name,
        status: json.Status,
        catalogId: String(json.Catalog.id),
        fields: Object.fromEntries(json.CustomFields.map((cf) => [cf.name, cf.values[0] ?? null])),
      };
    },
    async history(kind, id) {
      const items = await all(`${kind}/${id}/history?fields=Type,Field,OldValue,NewValue`);
      return items.map((t) => ({ type: String(t['Type']), field: String(t['Field'] ?? ''), oldValue: String(t['OldValue'] ?? ''), newValue: String(t['NewValue'] ?? '') }));
    },
    async assetIdsBySerial(serial) {
      const got = (await call('POST', 'assets', [{ field: 'CustomField.{Serial Number}', value: serial }])) as Page;
      return got.items.map((i) => Number(i['id']));
    },
    customFieldId,
    async fieldChanges(history, fieldName) {
      const id = await customFieldId(fieldName);
      return history.filter((t) => t.type === 'CustomField' && t.field === id);
    },
    async put(path, body) {
      return (await call('PUT', path, body)) as string[];
    },
    comments: (ticketId) => messagesOf(ticketId, 'Comment'),
    replies: (ticketId) => messagesOf(ticketId, 'Correspond'),
  };
}
