import type { VendorContact } from '../../../../shared/domain/vendors';

const FIELDS: readonly { readonly key: keyof VendorContact; readonly label: string; readonly max: number }[] = [
  { key: 'name', label: 'Name', max: 120 },
  { key: 'role', label: 'Role', max: 120 },
  { key: 'email', label: 'Email', max: 254 },
  { key: 'phone', label: 'Phone', max: 40 },
];

/** The vendor's people: add, change, remove. */
export function ContactsEditor({ contacts, onContacts }: { readonly contacts: readonly VendorContact[]; readonly onContacts: (contacts: VendorContact[]) => void }) {
  const change = (index: number, key: keyof VendorContact, value: string) => onContacts(contacts.map((c, i) => (i === index ? { ...c, [key]: value } : c)));
  return (
    <fieldset className="mapping" aria-label="Contacts">
      <legend>Contacts</legend>
      {contacts.map((contact, index) => (
        <div className="inline-form" key={index} aria-label={`Contact ${index + 1}`} role="group">
          {FIELDS.map((f) => (
            <label className="field" key={f.key}>
              <span>
                Contact {index + 1} {f.label.toLowerCase()}
              </span>
              <input value={contact[f.key]} maxLength={f.max} onChange={(e) => change(index, f.key, e.target.value)} />
            </label>
          ))}
          <button type="button" className="button button--small button--quiet" onClick={() => onContacts(contacts.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={() => onContacts([...contacts, { name: '', role: '', email: '', phone: '' }])}>
        Add contact
      </button>
    </fieldset>
  );
}
