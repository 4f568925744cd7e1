// DOM tests wait up to 5 s for what they look for (testing-library waits 1 s by default): on a
// loaded two-core machine a live query's answer can take longer than a second. Node tests skip it.
export {};

if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/preact');
  configure({ asyncUtilTimeout: 5000 });
}
