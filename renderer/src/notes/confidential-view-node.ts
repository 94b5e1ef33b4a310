import type { ElementDOMSlot } from 'lexical';
import { ConfidentialNode, type SerializedConfidentialNode } from '../../../shared/notes/lexical/confidential-node';
import type { ConfidentialData } from '../../../shared/notes/node-data';
import { NOTE_NODE } from '../../../shared/notes/node-types';
import { restrictionLabel } from '../../../shared/privacy/audience';

/**
 * A confidential passage as the note-taker sees it: a tinted band with a
 * left border and its label ("Vertrouwelijk – alleen professionals") on
 * top. The label is a real element, not editable and outside the passage's
 * content (the node keeps its children after it), so it is read aloud as
 * the group's name and never ends up in the notes. Registered in the editor
 * in place of the shared class, under the same type (see block-view-nodes.tsx).
 */

let labels = 0;

const LABEL_CLASS = 'notes-confidential__label';

function bandClass(data: ConfidentialData): string {
  return data.scope === 'niet-voor' ? 'notes-confidential notes-confidential--niet-voor' : 'notes-confidential';
}

function labelElement(band: HTMLElement): HTMLElement | null {
  return band.querySelector<HTMLElement>(`:scope > .${LABEL_CLASS}`);
}

export class ConfidentialViewNode extends ConfidentialNode {
  static override getType(): string {
    return NOTE_NODE.confidential;
  }

  static override clone(node: ConfidentialViewNode): ConfidentialViewNode {
    return new ConfidentialViewNode(node.__data, node.__key);
  }

  static override importJSON(json: SerializedConfidentialNode): ConfidentialViewNode {
    return ConfidentialNode.importJSON(json) as ConfidentialViewNode;
  }

  override createDOM(): HTMLElement {
    const data = this.__data;
    const band = document.createElement('div');
    band.className = bandClass(data);
    band.setAttribute('role', 'group');
    band.dataset.confidentialId = data.id;
    const caption = document.createElement('p');
    labels += 1;
    caption.id = `vertrouwelijk-label-${labels}`;
    caption.className = LABEL_CLASS;
    caption.contentEditable = 'false';
    caption.textContent = restrictionLabel(data, []);
    band.setAttribute('aria-labelledby', caption.id);
    band.append(caption);
    return band;
  }

  override updateDOM(previous: ConfidentialViewNode, band: HTMLElement): boolean {
    const data = this.__data;
    if (previous.__data !== data) {
      band.className = bandClass(data);
      band.dataset.confidentialId = data.id;
      const caption = labelElement(band);
      if (caption) caption.textContent = restrictionLabel(data, []);
    }
    return false;
  }

  override getDOMSlot(band: HTMLElement): ElementDOMSlot<HTMLElement> {
    const slot = super.getDOMSlot(band);
    const caption = labelElement(band);
    return caption ? slot.withAfter(caption) : slot;
  }
}
