// The package ships no types; this covers the one method the pipeline calls.
declare module 'chinese-numbers-converter' {
  export default class ChineseNumber {
    constructor(text: string);
    toInteger(): number;
  }
}
