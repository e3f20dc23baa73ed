/**
 * Text comparison that ignores what typesetting may change: whitespace,
 * typographic quotes and dashes (Astro's markdown applies SmartyPants), and
 * the ellipsis character.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\u00A0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Markdown to the text a reader sees (enough for the summaries' inline syntax). */
export function markdownText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/^#+\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** `1 source`, `2 sources`. */
export function sourceCount(n: number): string {
  return `${String(n)} ${n === 1 ? 'source' : 'sources'}`;
}
