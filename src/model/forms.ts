/**
 * The numbering forms of the genre, one entry each: everything the converter and the pages need to know about a form
 * lives here, so a new form is one compile-checked change (a missing field is a type error everywhere it is used).
 *
 * Names are Akoma Ntoso element names (domain.md §4.5); the clause's eId is built from them (二、（三） → sec_2__para_3).
 * GB/T 9704 numbers the levels 一、 / （一） / 1. / （1）; 办法 and 规定 number 章 and 条 (款 unnumbered, 项 （一）, 目 1.);
 * real notices add ① and Ａ．, 第X部分 above 一、, and 第X节 between 章 and 条.
 */

/** Outermost first: a form nests inside every form before it. */
export const FORMS = ['part', 'chp', 'subchp', 'sec', 'art', 'para', 'point', 'item', 'subitem', 'alpha'] as const;
export type Form = (typeof FORMS)[number];

interface FormSpec {
  /** HTML heading level of a clause of this form (the part title is h2). */
  depth: 3 | 4 | 5 | 6;
  /** The form numbered right below this one (第X条 belongs to 办法/规定 only: below 一、 comes （一）). */
  below: Form | null;
  /** How a clause of this form is cited when its printed number is missing from the source (its place inferred). */
  label: (n: number) => string;
}

const DIGITS = '〇一二三四五六七八九';

/** 3 → 三, 10 → 十, 14 → 十四, 20 → 二十, 99 → 九十九, 105 → 一百零五 (clause numbers go no further in practice). */
export function chineseNumeral(n: number): string {
  if (n >= 100) {
    const rest = n % 100;
    return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : chineseNumeral(rest).replace(/^十/, '一十')}`;
  }
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

export const FORM: Record<Form, FormSpec> = {
  part: { depth: 3, below: 'sec', label: (n) => `第${chineseNumeral(n)}部分` },
  chp: { depth: 3, below: 'art', label: (n) => `第${chineseNumeral(n)}章` },
  subchp: { depth: 4, below: 'art', label: (n) => `第${chineseNumeral(n)}节` },
  sec: { depth: 3, below: 'para', label: (n) => chineseNumeral(n) },
  art: { depth: 4, below: 'para', label: (n) => `第${chineseNumeral(n)}条` },
  para: { depth: 4, below: 'point', label: (n) => `（${chineseNumeral(n)}）` },
  point: { depth: 5, below: 'item', label: (n) => String(n) },
  item: { depth: 6, below: 'subitem', label: (n) => String(n) },
  subitem: { depth: 6, below: 'alpha', label: (n) => String(n) },
  alpha: { depth: 6, below: null, label: (n) => String(n) },
};

/** Nesting rank: 0 for part, growing inwards. */
export const rank = (form: Form): number => FORMS.indexOf(form);

export const isForm = (value: string): value is Form => (FORMS as readonly string[]).includes(value);
