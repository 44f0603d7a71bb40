/**
 * `[Content_Types].xml`: which content type each part has, by extension default or per-part override.
 */
import { escapeAttr } from './xmlText.js';
import { childrenNamed, parseXml } from './xmlTree.js';
import { CONTENT_TYPES_NS } from './ooxmlNames.js';

export class ContentTypes {
  /** True once anything was set or removed: an untouched index part is saved as it was. */
  changed = false;

  private constructor(
    private readonly defaults: Map<string, string>,
    /** Part name without the leading slash → content type. */
    private readonly overrides: Map<string, string>,
  ) {}

  static parse(xml: string): ContentTypes {
    const root = parseXml(xml);
    const defaults = new Map<string, string>();
    for (const d of childrenNamed(root, 'Default')) defaults.set((d.attrs['Extension'] ?? '').toLowerCase(), d.attrs['ContentType'] ?? '');
    const overrides = new Map<string, string>();
    for (const o of childrenNamed(root, 'Override')) overrides.set((o.attrs['PartName'] ?? '').replace(/^\//, ''), o.attrs['ContentType'] ?? '');
    return new ContentTypes(defaults, overrides);
  }

  /** The content type of a part: its override, else its extension's default. */
  typeOf(part: string): string | undefined {
    const override = [...this.overrides].find(([name]) => name.toLowerCase() === part.toLowerCase());
    if (override) return override[1];
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    return this.defaults.get(ext);
  }

  /** Parts named by an Override (without leading slash). */
  overriddenParts(): string[] {
    return [...this.overrides.keys()];
  }

  setOverride(part: string, contentType: string): void {
    this.overrides.set(part, contentType);
    this.changed = true;
  }

  removeOverride(part: string): void {
    for (const name of [...this.overrides.keys()]) if (name.toLowerCase() === part.toLowerCase()) {
      this.overrides.delete(name);
      this.changed = true;
    }
  }

  ensureDefault(extension: string, contentType: string): void {
    if (this.defaults.has(extension)) return;
    this.defaults.set(extension, contentType);
    this.changed = true;
  }

  render(): string {
    const defaults = [...this.defaults].map(([ext, type]) => `<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`);
    const overrides = [...this.overrides].map(([part, type]) => `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CONTENT_TYPES_NS}">${defaults.join('')}${overrides.join('')}</Types>`;
  }
}
