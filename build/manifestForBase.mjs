// The add-in manifest for a deployment (issue 22 "Deployable"): `YANXIU_BASE_URL=https://host/path/
// npm run build` writes dist/manifest.xml with every URL pointing at that address instead of the
// development server. Without the variable the development manifest (https://localhost:3000) is copied.
// Office requires https for the pages and icons it loads (SourceLocation, IconUrl: see the manifest
// reference, learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests), so anything else is refused.

import { URL } from 'node:url';

const DEV_ORIGIN = 'https://localhost:3000';

/**
 * The deployment base as one normalised URL ending in '/', or throws with an English message a build
 * log can show.
 * @example deploymentBase('https://edu.example.cn/yanxiu') // 'https://edu.example.cn/yanxiu/'
 */
export function deploymentBase(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`YANXIU_BASE_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'https:') throw new Error(`YANXIU_BASE_URL must be https (Office loads add-in pages over https only): ${url.href}`);
  if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') throw new Error(`YANXIU_BASE_URL must be the deployment address, not ${url.hostname}`);
  if (url.search !== '' || url.hash !== '') throw new Error(`YANXIU_BASE_URL must not carry a query or fragment: ${url.href}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The development manifest rewritten for `base`: every https://localhost:3000/… URL becomes base + path,
 * the AppDomain becomes base's origin, and the "replace localhost" note says where it points.
 * @example manifestForBase(xml, 'https://edu.example.cn/yanxiu/') // no 'localhost' left
 */
export function manifestForBase(xml, rawBase) {
  const base = deploymentBase(rawBase);
  const origin = new URL(base).origin;
  const out = xml
    .replace(/Development addresses: .*\(docs\/addin.md\)\./, `Built for ${base} (YANXIU_BASE_URL).`)
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replaceAll(`${DEV_ORIGIN}/`, base);
  if (out.includes('localhost')) throw new Error('manifest.xml still names localhost after rewriting: a URL form the rewrite does not know');
  return out;
}
