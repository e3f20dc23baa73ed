/**
 * The anchor of a quoted passage on its source page: `quote-<event-id>-<n>`,
 * where n is the quote's 1-based place in the event's evidence. Made here
 * only; the pipeline stores it in both records, and pages and tests read it.
 */
export function quoteAnchor(eventId: string, evidenceIndex: number): string {
  return `quote-${eventId}-${String(evidenceIndex + 1)}`;
}
