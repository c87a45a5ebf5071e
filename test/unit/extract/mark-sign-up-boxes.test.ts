// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { markSignUpBoxes, SIGN_UP_MARK } from '../../../src/extract/drop-sign-up-boxes';

const STORY =
  '<p>The council approved the new budget on Tuesday after a debate that lasted most of the afternoon.</p>' +
  '<p>Opposition members said the plan left too little for road repairs, but the vote passed comfortably.</p>';

function page(field: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><body><article>${STORY}<div class="box"><p>Get the morning briefing</p><form>${field}<button>Go</button></form></div>${STORY}</article></body>`,
    'text/html',
  );
}

describe('markSignUpBoxes', () => {
  test.each([
    ['type="email"', '<input type="email">'],
    ['an upper-case TYPE="EMAIL"', '<input TYPE="EMAIL">'],
    ['a name holding "email", any case', '<input type="text" name="User_Email">'],
    ['autocomplete="Email"', '<input autocomplete="Email">'],
  ])('marks the small box around an e-mail field: %s', (_, field) => {
    const doc = page(field);
    expect(markSignUpBoxes(doc)).toBe(1);
    expect(doc.querySelector(`[${SIGN_UP_MARK}]`)?.className).toBe('box');
  });

  test('leaves a page alone whose fields are not for e-mail', () => {
    const doc = page('<input type="search" name="q"><input autocomplete="emailish">');
    expect(markSignUpBoxes(doc)).toBe(0);
    expect(doc.querySelector(`[${SIGN_UP_MARK}]`)).toBeNull();
  });
});
