/** Tags typed as "safeguarding, budget": split at commas, trimmed, empties and repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().replace(/\s+/g, ' ')).filter((tag) => tag !== ''))];
}

export function tagsToText(tags: readonly string[]): string {
  return tags.join(', ');
}
