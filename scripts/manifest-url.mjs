// The production-URL switch for manifest.xml, shared by webpack.config.js and the tests (plain ESM so webpack can load it).

/** The origin every URL in manifest.xml starts with during development (`npm run dev-server`). */
export const DEV_URL = 'https://localhost:3000/';

/** Where the add-in is hosted when nothing else is said: a placeholder an agency must replace (docs/hosting.md). */
export const DEFAULT_PROD_URL = 'https://ita-workbench.example.org/';

/**
 * The production base URL: `--env prodUrl=…` wins over ITA_PROD_URL, else the placeholder.
 * Always https and always ending in "/", because Office refuses add-ins served over plain http.
 */
export function resolveProdUrl(envProdUrl, processEnv = process.env) {
  const raw = (envProdUrl || processEnv.ITA_PROD_URL || DEFAULT_PROD_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `ITA Workbench: the production URL "${raw}" is not a URL (set ITA_PROD_URL or --env prodUrl=https://host/path/)`,
    );
  }
  if (url.protocol !== 'https:') throw new Error(`ITA Workbench: the production URL must use https, got "${raw}"`);
  if (url.search || url.hash)
    throw new Error(`ITA Workbench: the production URL must not have a query or fragment, got "${raw}"`);
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

/**
 * manifest.xml with every development URL pointed at baseUrl. <AppDomain> takes an origin only (no path),
 * so it gets the origin; every other URL keeps its path below the base.
 */
export function manifestForUrl(xml, baseUrl) {
  const base = resolveProdUrl(baseUrl, {});
  const origin = new URL(base).origin;
  const devOrigin = DEV_URL.slice(0, -1);
  return xml
    .replaceAll(`<AppDomain>${devOrigin}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(DEV_URL, base);
}
