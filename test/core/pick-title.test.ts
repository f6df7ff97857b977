import { describe, expect, it } from 'vitest';
import { cleanTitle, pickTitle, readHeadlines, type TitleSources } from '../../src/core/pick-title.ts';
import { parseHtml } from '../support/load-page.ts';

const page = (sources: Partial<TitleSources>): string =>
  pickTitle({ declared: '', readability: '', pageTitle: '', headlines: [], siteName: '', url: 'https://shop.example/stoves', ...sources });

describe('pickTitle', () => {
  it('takes the <h1> that the declared title starts with, else the declared title without the site', () => {
    expect(page({ declared: 'Collectibles & Art | eBay', headlines: ['Collectibles & Art'] })).toBe('Collectibles & Art');
    expect(page({ declared: 'Office Organizers - The Container Store', siteName: 'The Container Store', headlines: ['Menu'] })).toBe('Office Organizers');
    expect(page({ declared: 'Pet Insurance for Dogs & Cats', headlines: ['Dogs'] })).toBe('Pet Insurance for Dogs & Cats');
  });

  it('takes the one <h1> that <title> starts with, however short', () => {
    expect(page({ pageTitle: 'Camp Stoves | REI Co-op', headlines: ['Camp Stoves', 'Sign in'], readability: 'Camp Stoves | REI Co-op' })).toBe('Camp Stoves');
    // Two headings <title> starts with: no telling which is the headline.
    expect(page({ pageTitle: 'World News Today | Example', headlines: ['World', 'World News'], readability: 'World News Today' })).toBe('World News Today');
  });

  it('takes a single <h1> of three words or more, else Readability’s title, else <title> without the site', () => {
    expect(page({ pageTitle: 'Real headline, shortened | Site', headlines: ['The real long headline'], readability: 'Real headline, shortened' })).toBe(
      'The real long headline',
    );
    expect(page({ pageTitle: 'Short one - Site', headlines: ['Two words'], readability: 'From Readability' })).toBe('From Readability');
    // A single <h1> that shares no word with <title> names a section or the site; one that shares some is the headline.
    expect(page({ pageTitle: 'Second story | Times', headlines: ['The second story arrives'], readability: 'Second story | Times' })).toBe('The second story arrives');
    const webmd = { pageTitle: 'Babies Who Eat Peanuts Early May Avoid Allergy', readability: 'Babies Who Eat Peanuts Early May Avoid Allergy' };
    expect(page({ ...webmd, headlines: ['Allergies Health Center'] })).toBe('Babies Who Eat Peanuts Early May Avoid Allergy');
    // …unless <title> is the site's own, the same on every page.
    const thread = { pageTitle: 'Reddit - The heart of the internet', url: 'https://www.reddit.com/r/x/comments/1/pan', headlines: ['Enameled cast iron pan'] };
    expect(page(thread)).toBe('Enameled cast iron pan');
    expect(page({ pageTitle: 'Shop | JOCO Cups', url: 'https://jococups.com/shop', headlines: [] })).toBe('Shop');
    // The host written out, or the name with its country or "Official Site".
    expect(page({ pageTitle: 'GAME CHANGER | Newegg.com', url: 'https://www.newegg.com/insider/game-changer/', headlines: [] })).toBe('GAME CHANGER');
    expect(page({ pageTitle: 'Beatrice Tan Rug | Ruggable US', url: 'https://ruggable.com/products/beatrice-tan-rug', headlines: [] })).toBe('Beatrice Tan Rug');
    expect(page({ pageTitle: 'Identity Theft Protection | Aura Official Site', url: 'https://www.aura.com/identity-theft-protection', headlines: [] })).toBe('Identity Theft Protection');
    // The site's name in front goes below the home page; on the home page it is the page's own title.
    expect(page({ pageTitle: 'Leadfeeder | State of SEO in 2026: Trends and Predictions', url: 'https://www.leadfeeder.com/blog/state-of-seo/', headlines: [] })).toBe('State of SEO in 2026: Trends and Predictions');
    expect(page({ pageTitle: 'Leadfeeder | B2B Website Visitor Tracking', url: 'https://www.leadfeeder.com/', headlines: [] })).toBe('Leadfeeder | B2B Website Visitor Tracking');
    expect(page({ pageTitle: 'Leadfeeder', url: 'https://www.leadfeeder.com/blog/', headlines: [] })).toBe('Leadfeeder');
    // A part that only shares a word with the host stays.
    expect(page({ pageTitle: 'Xfinity TV and Streaming - Xfinity Entertainment', url: 'https://www.xfinity.com/learn/tv', headlines: [] })).toBe('Xfinity TV and Streaming - Xfinity Entertainment');
  });

  it('never takes the site’s name from an <h1> for the headline', () => {
    expect(page({ pageTitle: 'Budget talks resume in the capital - Daily', siteName: 'Daily News Today', headlines: ['Daily News Today'] })).toBe(
      'Budget talks resume in the capital',
    );
  });
});

describe('cleanTitle', () => {
  const url = 'https://www.container-store.example/office';
  it('drops trailing parts that are the site’s name or host, keeping a brand in front', () => {
    expect(cleanTitle('Office Organizers - The Container Store', 'The Container Store', url)).toBe('Office Organizers');
    expect(cleanTitle('Video Games : Target', '', 'https://www.target.com/c/video-games')).toBe('Video Games');
    expect(cleanTitle('Auth | Supabase Docs | Supabase', 'Supabase', 'https://supabase.com/docs/auth')).toBe('Auth | Supabase Docs');
    expect(cleanTitle('Talkspace - Online Therapy', 'Talkspace', 'https://www.talkspace.com/')).toBe('Talkspace - Online Therapy');
  });

  it('drops a short tagline after a long title, as Readability does with <title>', () => {
    expect(cleanTitle('What do people love about Rust? - Rust Blog', '', url)).toBe('What do people love about Rust?');
    expect(cleanTitle('Lorem ipsum dolor sit amet – My website', '', url)).toBe('Lorem ipsum dolor sit amet');
    // Too short a title, or more than one separator: no telling which part is the site.
    expect(cleanTitle('Rust in 2025 - Rust Blog', '', url)).toBe('Rust in 2025 - Rust Blog');
    expect(cleanTitle('Pet Insurance | Dogs | Cats and more and more', '', url)).toBe('Pet Insurance | Dogs | Cats and more and more');
  });

  it('leaves a dash between numbers alone: it is a range', () => {
    expect(cleanTitle('Tech conferences in Americas 2026 - 2027', '', url)).toBe('Tech conferences in Americas 2026 - 2027');
  });
});

describe('readHeadlines', () => {
  it('skips a logo <h1> that links home and the permalink sign after a heading', () => {
    const doc = parseHtml(
      '<body><h1><a href="/">Hi, I’m Nicolas.</a></h1><h1>Quickstart<a class="headerlink" href="#quickstart">¶</a></h1><h1><a href="/posts/x">Linked story</a></h1></body>',
      'https://site.test/posts/x',
    ).window.document;
    expect(readHeadlines(doc, doc.baseURI)).toEqual(['Quickstart', 'Linked story']);
  });
});
