/**
 * <copy-link>: a "Copy link" button, shown only where the clipboard can be
 * written; it announces the result in its own status region.
 */
export class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const url = this.dataset.url;
    if (button === null || status === null || url === undefined) return;
    if (!('clipboard' in navigator)) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => {
          status.textContent = 'Link copied';
        },
        () => {
          status.textContent = `Could not copy; the link is ${url}`;
        },
      );
    });
  }
}

if (customElements.get('copy-link') === undefined) {
  customElements.define('copy-link', CopyLink);
}
