/** News agencies whose copy other sites carry, with their own sites (their own pages are not copies). */
export const WIRE_AGENCIES: Array<{ pattern: RegExp; name: string; domains: string[] }> = [
  { pattern: /associated press|^ap$/i, name: 'The Associated Press', domains: ['apnews.com', 'ap.org'] },
  { pattern: /reuters/i, name: 'Reuters', domains: ['reuters.com', 'thomsonreuters.com'] },
  { pattern: /agence france|^afp$/i, name: 'AFP', domains: ['afp.com'] },
  { pattern: /deutsche presse|^dpa$/i, name: 'dpa', domains: ['dpa.com', 'dpa.de'] },
  { pattern: /bloomberg/i, name: 'Bloomberg', domains: ['bloomberg.com'] },
  { pattern: /^pti$/i, name: 'PTI', domains: ['ptinews.com'] },
  { pattern: /^ians$/i, name: 'IANS', domains: ['ians.in'] },
  { pattern: /^ani$/i, name: 'ANI', domains: ['aninews.in'] },
  { pattern: /tribune content agency/i, name: 'Tribune Content Agency', domains: ['tribunecontentagency.com'] },
];

export function wireAgency(name: string): (typeof WIRE_AGENCIES)[number] | null {
  const trimmed = name.trim();
  return WIRE_AGENCIES.find((a) => a.pattern.test(trimmed)) ?? null;
}
