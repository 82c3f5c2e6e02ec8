// Plays the person at the browser for ADP's sign-in tests: follows redirects
// with a cookie jar from START_URL, signs in on oidc-provider's development
// login page as LOGIN, confirms consent, and stops when the next address is
// on STOP_ORIGIN (the client's loopback listener): it prints that address,
// and with --deliver also requests it, as a browser would.
// Usage: node browse.mjs START_URL LOGIN STOP_ORIGIN [--deliver]
const [start, login, stopOrigin, deliver] = process.argv.slice(2);
const jar = new Map();

// Headers.getSetCookie() is Node 19.7+; on older Node split the combined
// header at commas that start a new "name=" (not the ones inside Expires dates).
function setCookies(headers) {
  if (typeof headers.getSetCookie === 'function') return headers.getSetCookie();
  const combined = headers.get('set-cookie');
  return combined ? combined.split(/,(?=\s*[^;,=\s]+=)/) : [];
}

function remember(response) {
  for (const cookie of setCookies(response.headers)) {
    const [pair] = cookie.split(';');
    const index = pair.indexOf('=');
    jar.set(pair.slice(0, index).trim(), pair.slice(index + 1));
  }
}
const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

function formOf(html, base) {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return null;
  const fields = new URLSearchParams();
  for (const input of form[2].matchAll(/<input([^>]*)>/gi)) {
    const name = /name="([^"]+)"/.exec(input[1]);
    if (!name) continue;
    const value = /value="([^"]*)"/.exec(input[1]);
    fields.set(name[1], value ? value[1] : '');
  }
  if (fields.has('login')) fields.set('login', login);
  if (fields.has('password')) fields.set('password', 'any-password');
  return { action: new URL(form[1], base).toString(), fields };
}

let url = start;
let method = 'GET';
let body;
for (let step = 0; step < 20; step++) {
  if (url.startsWith(stopOrigin)) {
    console.log(url);
    if (deliver === '--deliver') {
      const response = await fetch(url);
      console.error(`delivered: HTTP ${response.status}`);
    }
    process.exit(0);
  }
  const response = await fetch(url, {
    method, body, redirect: 'manual',
    headers: { cookie: cookieHeader(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
  });
  remember(response);
  method = 'GET';
  body = undefined;
  const location = response.headers.get('location');
  if (location) {
    url = new URL(location, url).toString();
    continue;
  }
  const html = await response.text();
  const form = response.status === 200 ? formOf(html, url) : null;
  if (!form) {
    console.error(`stuck at ${url}: HTTP ${response.status}\n${html.slice(0, 500)}`);
    process.exit(1);
  }
  url = form.action;
  method = 'POST';
  body = form.fields.toString();
}
console.error('too many steps');
process.exit(1);
