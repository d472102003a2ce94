/** The list of all flags of a draft (Alt+L); choosing one moves the caret there and opens its card. */
import { h, render } from 'preact';
import { FlagList } from '../components/FlagList';
import type { Finding } from '../phrasebank/finding';
import type { CardController } from './card-controller';
import type { CoachServices } from './coach-services';
import type { CoachedComposer, SavedCaret } from './coached-composer';
import { placeDialog } from './dialog-placement';
import type { OverlayHost } from './overlay-host';
import { pageTheme } from './page-theme';

interface OpenList {
  composer: CoachedComposer;
  saved: SavedCaret;
  flags: readonly Finding[];
}

export class FlagListController {
  private list: OpenList | null = null;
  private readonly layer: HTMLElement;
  private readonly onPointerDown = (event: Event) => {
    if (this.list && !this.overlay.contains(event)) this.close(false);
  };
  private unwatch = () => {};

  constructor(
    private readonly overlay: OverlayHost,
    private readonly services: CoachServices,
    private readonly card: CardController,
  ) {
    this.layer = overlay.layer('flag-list');
  }

  get isOpen(): boolean {
    return this.list !== null;
  }

  open(composer: CoachedComposer) {
    this.close(false);
    const list: OpenList = { composer, saved: composer.saveCaret(), flags: composer.refresh() };
    this.list = list;
    this.unwatch = this.overlay.watch(composer.field.ownerDocument, this.onPointerDown);
    this.render();
  }

  /** Draws the open list again (the UI language changed). */
  redraw() {
    this.render();
  }

  private render() {
    const list = this.list;
    if (!list) return;
    const { composer } = list;
    render(
      h(FlagList, {
        theme: pageTheme(composer.field, this.services.settings.current().theme),
        flags: list.flags,
        onJump: (index) => this.jump(list, index),
        onClose: () => this.close(true),
      }),
      this.layer,
    );
    placeDialog(
      this.layer,
      this.overlay.anchors(composer.field.ownerDocument, [composer.caretRect(list.saved.offsets?.start ?? 0)]),
    );
  }

  close(restore: boolean) {
    const list = this.list;
    if (!list) return;
    this.list = null;
    render(null, this.layer);
    this.unwatch();
    if (restore) list.composer.restoreCaret(list.saved);
  }

  private jump(list: OpenList, index: number) {
    const flag = list.flags[index];
    this.close(false);
    if (!flag) return;
    list.composer.restoreCaret({ offsets: { start: flag.start, end: flag.start }, range: null });
    this.card.open(list.composer, flag, true);
  }
}
