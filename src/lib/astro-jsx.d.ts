/**
 * Astro types a JSX element as `HTMLElement | any` (it serves several JSX
 * frameworks), which typed lint rules read as unsafe wherever a template
 * maps data to elements. This project has no other JSX framework; see
 * eslint-plugin-astro's README, "Resolving Error in JSX".
 */
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
