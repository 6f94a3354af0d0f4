/**
 * electron-builder hooks (electron-builder.yml). The main process is bundled with its dependencies
 * by scripts/build-app.mjs, so the app needs no node_modules: returning false from beforeBuild tells
 * electron-builder that node_modules are handled outside it, so it neither rebuilds nor copies them.
 * (That also keeps @electron/rebuild, which needs Node 22, out of the build.)
 */
export function beforeBuild() {
  return false;
}
