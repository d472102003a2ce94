import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersOf, unknownPlaceholders } from '../../composer/variables';

const APOLOGY =
  'I am sorry, {customer.name|}: we made a mistake with your order, and I will put it right by {date|tomorrow}.{cursor}';

describe('placeholdersOf', () => {
  it('lists variables once, in order, with their fallbacks, without {cursor}', () => {
    expect(placeholdersOf(APOLOGY)).toEqual([
      { name: 'customer.name', fallback: '' },
      { name: 'date', fallback: 'tomorrow' },
    ]);
    expect(placeholdersOf('Ticket {ticket.id}, {ticket.id|x} {agent.name}')).toEqual([
      { name: 'ticket.id' },
      { name: 'agent.name' },
    ]);
  });

  it('reports what the page could not fill', () => {
    expect(unknownPlaceholders(APOLOGY, { 'customer.name': 'Anna', date: '  ' })).toEqual([
      { name: 'date', fallback: 'tomorrow' },
    ]);
  });
});

describe('fillTemplate', () => {
  it('fills known values and puts the caret at {cursor}', () => {
    const filled = fillTemplate('Hello {customer.name}, {cursor}thanks!', { 'customer.name': 'Anna' });
    expect(filled).toEqual({ text: 'Hello Anna, thanks!', caret: 'Hello Anna, '.length });
  });

  it('puts the caret after the text when there is no {cursor}', () => {
    expect(fillTemplate('Thank you.', {})).toEqual({ text: 'Thank you.', caret: 10 });
  });

  it('uses fallbacks for unknown values', () => {
    expect(fillTemplate('by {date|tomorrow}.', {}).text).toBe('by tomorrow.');
    expect(fillTemplate('by {date|tomorrow}.', { date: 'Friday' }).text).toBe('by Friday.');
  });

  it('drops a variable with an empty fallback and tidies the punctuation around it', () => {
    expect(fillTemplate(APOLOGY, {})).toEqual({
      text: 'I am sorry: we made a mistake with your order, and I will put it right by tomorrow.',
      caret: 83,
    });
    expect(fillTemplate('Hello {customer.name|},\nthanks', {}).text).toBe('Hello,\nthanks');
    expect(fillTemplate('Dear {customer.name|} team', {}).text).toBe('Dear team');
    expect(fillTemplate('{customer.name|}, thanks', {}).text).toBe('thanks');
    expect(fillTemplate('Hi {customer.name|}', {}).text).toBe('Hi');
  });

  it('drops a variable the agent left empty in the form when it has an empty fallback', () => {
    expect(fillTemplate('Hi {customer.name|}!', { 'customer.name': '' }).text).toBe('Hi!');
  });

  it('leaves a required variable nobody filled visible', () => {
    expect(fillTemplate('Ticket {ticket.id} is open.', {}).text).toBe('Ticket {ticket.id} is open.');
  });

  it('keeps the caret inside the text when tidying removes characters before it', () => {
    const filled = fillTemplate('Hi {cursor} {customer.name|}.', {});
    expect(filled.text).toBe('Hi.');
    expect(filled.caret).toBeLessThanOrEqual(filled.text.length);
  });
});
