/**
 * The record's name from the CRM tab's title, for when the CRM cannot be read: Lightning writes
 * "Globex Manufacturing | Account | Salesforce", HubSpot "Globex Manufacturing | HubSpot". The
 * title is the page's own text, so it is only ever shown as text, trimmed and capped; a title
 * that is only the product's name says nothing about the record.
 */
export function recordNameFromTitle(title: string | null | undefined): string | null {
  if (!title) return null;
  const name = title
    .split(/\s+\|\s+/)[0]!
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return name && !/^(salesforce|hubspot)$/i.test(name) ? name : null;
}
