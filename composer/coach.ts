/**
 * The coaching side of a content script: the services it talks to and one DocumentCoach per
 * document it draws in. The content script sets the active coach; without one (unit tests,
 * other tools) sessions only highlight.
 */
import type { CoachServices } from './coach-services';
import { DocumentCoach } from './document-coach';
import { overlayDocumentFor } from './frames';
import { UiLanguage } from './ui-language';

export class Coach {
  private readonly documents = new WeakMap<Document, DocumentCoach>();

  /** the in-page UI's language, one for all documents (the strings are the script's own) */
  readonly language: UiLanguage;

  constructor(readonly services: CoachServices) {
    this.language = new UiLanguage(services);
  }

  /** The UI for composers in `doc`: drawn in the outermost same-origin page (frames.ts). */
  forDocument(doc: Document): DocumentCoach {
    const page = overlayDocumentFor(doc);
    let coach = this.documents.get(page);
    if (!coach) {
      coach = new DocumentCoach(page, this.services, this.language);
      this.documents.set(page, coach);
    }
    return coach;
  }
}

let active: Coach | null = null;

export function setActiveCoach(coach: Coach | null) {
  active = coach;
}

export function activeCoach(): Coach | null {
  return active;
}
