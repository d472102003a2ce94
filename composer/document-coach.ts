/** Tactful's UI in one document: the overlay, its live region and the three dialogs (one open at a time). */
import { Announcer, liveRegion } from './announcer';
import { CardController } from './card-controller';
import type { CoachServices } from './coach-services';
import { FlagListController } from './flag-list-controller';
import { OverlayHost } from './overlay-host';
import { PickerController } from './picker-controller';
import type { UiLanguage } from './ui-language';

export class DocumentCoach {
  readonly overlay: OverlayHost;
  readonly announcer: Announcer;
  readonly card: CardController;
  readonly picker: PickerController;
  readonly flagList: FlagListController;

  /** `language`: when the UI strings change, whatever is open is drawn again in the new language */
  constructor(doc: Document, services: CoachServices, language?: UiLanguage) {
    this.overlay = new OverlayHost(doc);
    this.announcer = new Announcer(liveRegion(this.overlay.layer('live')));
    const say = (message: string) => this.announcer.say(message);
    this.card = new CardController(this.overlay, services, say);
    this.picker = new PickerController(this.overlay, services, say);
    this.flagList = new FlagListController(this.overlay, services, this.card);
    const stop = language?.subscribe(() => {
      // a frame's document that went away keeps nothing alive
      if (doc.defaultView) this.redraw();
      else stop?.();
    });
  }

  /** Draws the open dialog again (the UI language changed). */
  redraw() {
    this.card.redraw();
    this.picker.redraw();
    this.flagList.redraw();
  }

  closeAll() {
    this.card.close(false);
    this.picker.close(false);
    this.flagList.close(false);
  }
}
