// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SAME_ARTICLE_THRESHOLD, signature, similarity } from '../../utils/analysis/similarity';

const ARTICLE = `U.S. officials have reportedly confirmed that they had preemptively cautioned Iran about a terrorist attack by the Islamic State. Despite the actionable intelligence provided by the US, the attack, which resulted in over 80 casualties, was not prevented. The US obtained intelligence detailing plans of an attack on Iran by ISIS-Khorasan, an ISIS affiliate in Afghanistan, the Wall Street Journal reported. The anticipated location and time of the attack were shared with Iran, but the bombings in Kerman still transpired, causing 84 deaths and numerous injuries. The strike targeted a gathering marking the anniversary of the death of Qassem Soleimani.`;
const OTHER = `Pakistan conducted retaliatory airstrikes inside Iran on Thursday, killing at least seven people, officials in Islamabad said. Both countries later signalled they wanted to calm tensions, and their foreign ministers spoke by telephone on Friday to discuss the matter, according to statements released by both governments after the call ended.`;

describe('text similarity of a copy and its original', () => {
  it('scores the same text 1', () => {
    expect(similarity(signature(ARTICLE), signature(ARTICLE))).toBe(1);
  });

  it('keeps a copy with added boilerplate and dropped credits above the threshold', () => {
    const copy = `Press Enter to skip to content. ${ARTICLE} This post was originally published on this site. Be First to Comment. Leave a Reply.`;
    expect(similarity(signature(ARTICLE), signature(copy))).toBeGreaterThan(SAME_ARTICLE_THRESHOLD);
  });

  it('puts a different article on a related story below the threshold', () => {
    expect(similarity(signature(ARTICLE), signature(OTHER))).toBeLessThan(SAME_ARTICLE_THRESHOLD);
  });

  it('gives empty text no similarity to anything', () => {
    expect(similarity(signature(''), signature(ARTICLE))).toBe(0);
  });

  it('ignores case, punctuation and Unicode forms', () => {
    expect(similarity(signature(ARTICLE.toUpperCase()), signature(ARTICLE.replace(/,/g, ' ;')))).toBe(1);
  });
});
