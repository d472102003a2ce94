/**
 * The try-it area: paste a draft reply and see the draft bank's findings highlighted exactly
 * as in a composer — the composer's textarea mirror and CSS Custom Highlight names
 * (tactful-<category>) — with each finding's message listed as text.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { drawHighlights } from '../../composer/highlights';
import { TextareaMirror } from '../../composer/textarea-mirror';
import { t } from '../../i18n/messages';
import type { Engine } from '../../phrasebank/check';
import type { Category, Finding, Language } from '../../phrasebank/finding';
import { categoryLabel } from './labels';

export function TryIt({ engine, language }: { engine: Engine | null; language: Language }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<TextareaMirror | null>(null);
  const owner = useRef({});
  const [text, setText] = useState('');
  const [findings, setFindings] = useState<Finding[]>([]);

  useEffect(() => {
    const m = new TextareaMirror(field.current!);
    mirror.current = m;
    return () => {
      drawHighlights(owner.current, m.element, new Map());
      m.dispose();
      mirror.current = null;
    };
  }, []);

  useEffect(() => {
    const m = mirror.current;
    if (!m) return;
    const model = m.read();
    const found = engine && model.text.trim() ? engine.check(model.text, language) : [];
    const ranges = new Map<Category, Range[]>();
    for (const f of found) {
      const range = model.toRange(f.start, f.end);
      if (range) ranges.set(f.category, [...(ranges.get(f.category) ?? []), range]);
    }
    drawHighlights(owner.current, m.element, ranges);
    setFindings(found);
  }, [text, engine, language]);

  return (
    <section class="try-it" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('tryItHeading')}</h3>
      <label for={id}>{t('tryItLabel')}</label>
      <textarea
        id={id}
        ref={field}
        class="try-it-input"
        rows={5}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        placeholder={t('tryItPlaceholder')}
      />
      {!engine && <p class="hint">{t('tryItNeedsValidBank')}</p>}
      <p class="try-it-summary" role="status" aria-live="polite">
        {text.trim() ? t('tryItFound', String(findings.length)) : ''}
      </p>
      <ul class="try-it-findings">
        {findings.map((f) => (
          <li key={`${f.ruleId}@${f.start}`} data-category={f.category}>
            <span class={`chip chip-${f.category}`}>{categoryLabel(f.category)}</span> <q>{f.text}</q> — {f.message}{' '}
            <code>{f.ruleId}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
