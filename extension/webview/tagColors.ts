// Colours of the 16 allocation tags, shared by the memory view and the tag map: one distinct hue per tag, in a
// lighter and a darker variant chosen by the VS Code theme kind. Untagged memory has no colour at all.

/** Hues spread around the colour wheel so that neighbouring tags look different. */
const HUES = [210, 30, 120, 300, 180, 0, 60, 270, 150, 330, 90, 240, 15, 195, 285, 45];

export function tagColor(tag: number, theme: 'light' | 'dark'): string {
  const hue = HUES[tag & 0xf]!;
  return theme === 'dark' ? `hsl(${hue} 55% 38%)` : `hsl(${hue} 70% 80%)`;
}

/** Text colour readable on tagColor(tag, theme). */
export function tagTextColor(theme: 'light' | 'dark'): string {
  return theme === 'dark' ? '#ffffff' : '#000000';
}

export function hexTag(tag: number | null): string {
  return tag === null ? '–' : tag.toString(16);
}
