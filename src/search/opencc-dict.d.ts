// opencc-js exports its dictionaries as modules (package.json "./*") without typings: each is one string,
// "source replacement|source replacement|…".
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
