/**
 * The coaching side of a content script: the services it talks to and one DocumentCoach per
 * document it draws in. The content script sets the active coach; without one (unit tests,
 * other tools) sessions only highlight.
 */
import type { CoachServices } from './coach-services';
import { DocumentCoach } from './document-coach';

export class Coach {
  private readonly documents = new WeakMap<Document, DocumentCoach>();

  constructor(readonly services: CoachServices) {}

  forDocument(doc: Document): DocumentCoach {
    let coach = this.documents.get(doc);
    if (!coach) {
      coach = new DocumentCoach(doc, this.services);
      this.documents.set(doc, coach);
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
