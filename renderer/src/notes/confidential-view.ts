import { registerConfidentialView } from '../../../shared/notes/lexical/confidential-node';
import type { ConfidentialData } from '../../../shared/notes/node-data';

/**
 * How a confidential passage looks in the editor: a tinted band with a
 * left border and its label ("Vertrouwelijk – alleen professionals") on
 * top. The label is a real element, not editable and outside the passage's
 * content (the node keeps its children after it), so it is read aloud as
 * the group's name and never ends up in the notes.
 */

let labels = 0;

const LABEL_CLASS = 'notes-confidential__label';

function bandClass(data: ConfidentialData): string {
  return data.scope === 'niet-voor' ? 'notes-confidential notes-confidential--niet-voor' : 'notes-confidential';
}

export function installConfidentialView(): void {
  registerConfidentialView({
    createDOM(data, label) {
      const band = document.createElement('div');
      band.className = bandClass(data);
      band.setAttribute('role', 'group');
      band.dataset.confidentialId = data.id;
      const caption = document.createElement('p');
      labels += 1;
      caption.id = `vertrouwelijk-label-${labels}`;
      caption.className = LABEL_CLASS;
      caption.contentEditable = 'false';
      caption.textContent = label;
      band.setAttribute('aria-labelledby', caption.id);
      band.append(caption);
      return band;
    },
    updateDOM(band, data, label) {
      band.className = bandClass(data);
      band.dataset.confidentialId = data.id;
      const caption = band.querySelector(`:scope > .${LABEL_CLASS}`);
      if (caption) caption.textContent = label;
    },
    labelElement(band) {
      return band.querySelector<HTMLElement>(`:scope > .${LABEL_CLASS}`);
    },
  });
}
