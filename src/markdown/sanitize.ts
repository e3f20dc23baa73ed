/**
 * The second line of defence for event summaries: normalize refuses raw HTML
 * and unsafe links in the ledger, and the build still sanitizes every
 * rendered Markdown body with rehype-sanitize (hast-util-sanitize), keeping
 * only the safe subset summaries are written in.
 *
 * Astro 7's default Markdown processor (Sätteri) runs hast plugins, not
 * unified/rehype ones, and `markdown.rehypePlugins` only applies to the
 * unified processor of @astrojs/markdown-remark, which is not installed. So
 * the sanitizer runs as a Sätteri hast plugin that replaces the finished tree
 * with its sanitized copy, added to the default processor by an integration.
 */
import type { AstroIntegration } from 'astro';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';

/**
 * What a summary may hold: paragraphs, emphasis, links, code, lists and
 * quotes. Links are http(s), mailto or relative; no ids, classes, styles,
 * event handlers, images, media, frames or forms.
 */
const SUMMARY_SCHEMA = {
  ...defaultSchema,
  tagNames: ['p', 'br', 'em', 'strong', 'del', 'a', 'code', 'pre', 'ul', 'ol', 'li', 'blockquote'],
  attributes: { a: ['href', 'title'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  // Keep no id or name: summaries are rendered many times on one page.
  clobber: [],
  required: {},
  strip: ['script', 'style', 'template', 'iframe', 'noscript', 'object', 'embed', 'svg', 'math'],
};

const sanitize = rehypeSanitize(SUMMARY_SCHEMA);

/** A hast root (the type rehype-sanitize works on). */
type Root = Parameters<typeof sanitize>[0];

/** The part of Sätteri's hast-plugin context this plugin uses. */
interface HastContext {
  replaceNode(node: Readonly<Root>, replacement: Root): void;
}

/** A Sätteri hast plugin: after every other visitor, the whole tree becomes its sanitized copy. */
export const sanitizeHastPlugin = {
  name: 'sanitize-summaries',
  after(root: Readonly<Root>, ctx: HastContext): void {
    // hast-util-sanitize builds a new tree and leaves its input as it was.
    ctx.replaceNode(root, sanitize(root));
  },
};

interface SatteriLike {
  name: string;
  options: { hastPlugins?: unknown[] };
}

/** Adds the sanitizer to the Markdown processor Astro resolved (Sätteri by default). */
export function sanitizeMarkdown(): AstroIntegration {
  return {
    name: 'sanitize-markdown',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as unknown as SatteriLike;
        if (processor.name !== 'satteri' || processor.options.hastPlugins === undefined) {
          throw new Error(
            `sanitize-markdown: the Markdown processor is '${processor.name}', not Sätteri; add rehype-sanitize to its plugins instead`,
          );
        }
        processor.options.hastPlugins.push(sanitizeHastPlugin);
      },
    },
  };
}
