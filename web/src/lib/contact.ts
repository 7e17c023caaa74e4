// A contact typed in one field ("Marie Durand, 06 12 34 56 78, marie@example.org") as the server keeps it:
// { name, email, phone }. The address and the number are picked out; what is left is the name.

export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** A contact on one line: "Marie Durand · marie@example.org · 06 12 34 56 78". */
export function contactText(contact: Contact | null | undefined): string | null {
  if (!contact) return null;
  const parts = [contact.name, contact.email, contact.phone].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? parts.join(' · ') : null;
}

const emailPattern = /[^\s,;<>()]+@[^\s,;<>()]+/;
const phonePattern = /\+?\d[\d .\-()]{5,}\d/;

export function contactFromText(text: string | null | undefined): Contact | null {
  let rest = (text ?? '').trim();
  if (!rest) return null;
  const email = emailPattern.exec(rest)?.[0] ?? null;
  if (email) rest = rest.replace(email, ' ');
  const phone = phonePattern.exec(rest)?.[0].trim() ?? null;
  if (phone) rest = rest.replace(phone, ' ');
  const name = rest.replace(/[\s,;·—-]+/g, ' ').trim().slice(0, 120) || null;
  return { name, email, phone };
}
