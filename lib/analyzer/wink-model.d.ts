// The parts of wink-eng-lite-web-model that nlp.ts loads one by one (the package types only its whole model).
declare module 'wink-eng-lite-web-model/dist/feature.js' {
  const featureFn: unknown;
  export default featureFn;
}
declare module 'wink-eng-lite-web-model/dist/load-cer-meta-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-pos-model.js' {
  const load: () => unknown;
  export default load;
}
declare module 'wink-eng-lite-web-model/dist/load-sbd-model.js' {
  const load: () => unknown;
  export default load;
}
