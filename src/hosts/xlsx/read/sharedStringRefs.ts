/**
 * The shared-string indices a worksheet part's cells use (`<c t="s"><v>7</v></c>`), found without
 * building the sheet: what a large sharedStrings part is read for (sheetReader.ts), so strings no
 * cell uses cost their scan, never their memory (SPEC §11, issue 19 item 6).
 */
import { decodeXml } from '../package/xmlText.js';
import { readAttributes } from './startTag.js';
import { XmlStream, type XmlStreamHandler } from './xmlStream.js';

const CELL_ATTRIBUTES = ['t'];

export class SharedStringRefs implements XmlStreamHandler {
  private readonly stream = new XmlStream(this);
  private readonly attributes: (string | undefined)[] = [];
  private inSharedCell = false;
  private inValue = false;
  private valueSeen = false;
  private value = '';

  constructor(readonly used: Set<number>) {}

  get wantsText(): boolean {
    return this.inValue;
  }

  push(chunk: string): void {
    this.stream.push(chunk);
  }

  finish(): void {
    this.stream.end();
  }

  open(local: string, source: string, from: number, to: number): void {
    if (local === 'c') {
      readAttributes(source, from, to, CELL_ATTRIBUTES, this.attributes);
      this.inSharedCell = this.attributes[0] === 's';
      this.valueSeen = false;
      this.value = '';
    } else if (local === 'v' && this.inSharedCell && !this.valueSeen) {
      this.inValue = true;
    }
  }

  close(local: string): void {
    if (local === 'v' && this.inValue) {
      this.inValue = false;
      this.valueSeen = true;
    } else if (local === 'c' && this.inSharedCell) {
      this.inSharedCell = false;
      const index = Number(decodeXml(this.value));
      // Anything else is left for the scanner to refuse (a shared string that does not exist).
      if (this.valueSeen && Number.isInteger(index) && index >= 0) this.used.add(index);
    }
  }

  text(raw: string): void {
    // An index is a few digits; a longer value is no index and is refused by the scanner later.
    if (this.value.length < 32) this.value += raw;
  }
}
