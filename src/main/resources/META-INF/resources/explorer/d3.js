// D3 (ISC licence), from the org.webjars.npm:d3 WebJar, at the versionless path Quarkus's web dependency locator
// serves. Its bundle is UMD: imported as a module it defines globalThis.d3. Loaded only by the views with charts.
let loading;
export function d3() {
  if (!loading) loading = import('/webjars/d3/dist/d3.min.js').then(() => globalThis.d3);
  return loading;
}
