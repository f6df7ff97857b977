import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../src/core/clean-byline.ts';
import { readShownByline } from '../../src/core/shown-byline.ts';
import { nearHeadlineOf } from '../support/load-page.ts';

const shown = (body: string) => readShownByline(nearHeadlineOf(body));

describe('readShownByline', () => {
  it('reads "By" and the name after it, in the same piece of text or the next', () => {
    expect(shown('<h1>A post</h1><p>By Sara Brown</p><span>Apr 21, 2021</span>')).toBe('Sara Brown');
    expect(shown('<h1>A post</h1><p>Written by <a href="/x">Edzel Tabing</a></p><nav>Table of contents</nav>')).toBe('Edzel Tabing');
    expect(shown('<h1>A thread</h1><div>By Rabbids March 19, 2024 in Build Hardware</div>')).toBe('Rabbids');
    expect(shown('<h1>A post</h1><p>Posted by: Angela Holliday-Bell, MD</p>')).toBe('Angela Holliday-Bell, MD');
    expect(shown('<h1>A post</h1><p>16 December 2025</p><p>by <a href="/a">Sam O’Brien</a></p>')).toBe('Sam O’Brien');
  });

  it('takes no sentence, no name far below the headline and none above it', () => {
    expect(shown('<h1>A post</h1><p>By clicking subscribe you agree to the terms</p>')).toBe('');
    expect(shown('<h1>A post</h1><p>By signing up you agree to our <a href="/p">Privacy Policy</a></p>')).toBe('');
    expect(shown('<h1>Sorting</h1><p>Rows are sorted <span>by</span> <code>Key</code> first.</p>')).toBe('');
    expect(shown('<h1>A post</h1><p>Byron Smith wrote in to say hello.</p>')).toBe('');
    expect(shown(`<h1>A post</h1><p>${'word '.repeat(200)}</p><p>By Kim Lee</p>`)).toBe('');
    expect(shown('<p>By Kim Lee</p><h1>A post</h1>')).toBe('');
    expect(shown('<p>By Kim Lee</p>')).toBe('');
  });
});

describe('cleanByline', () => {
  it('drops the label and a date after the name, and is empty for a date alone', () => {
    expect(cleanByline('Written By:Cazzy MagennisLast Updated: March 3, 2025')).toBe('Cazzy Magennis');
    expect(cleanByline('Haley Hoekstra • March 12, 2025')).toBe('Haley Hoekstra');
    expect(cleanByline('By Byron Smith')).toBe('Byron Smith');
    expect(cleanByline('ByAmy Roeder')).toBe('Amy Roeder');
    expect(cleanByline('BYRON YORK')).toBe('BYRON YORK');
    expect(cleanByline('March 12, 2025')).toBe('');
    expect(cleanByline('[Submitted on 18 Dec 2025]')).toBe('');
    expect(cleanByline('Ann Lee, submitted on 18 Dec 2025')).toBe('Ann Lee');
    expect(cleanByline('Recipe by PJ Hamel')).toBe('PJ Hamel');
    expect(cleanByline('Review by: Sam Ortiz')).toBe('Sam Ortiz');
  });
});
