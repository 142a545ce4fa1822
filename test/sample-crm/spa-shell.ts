/**
 * The HTML of a single-page CRM imitation: every in-app link moves with history.pushState and
 * re-renders without a page load, as Lightning and HubSpot do. `routes` is client-side code
 * (a function body) that maps location.pathname + hash to `{title, html}`.
 */
export function spaShell(options: {
  title: string;
  brand: string;
  color: string;
  data: unknown;
  routes: string;
  headerCss?: string;
}): string {
  const json = JSON.stringify(options.data).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options.title}</title>
<style>
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #181818; background: #f3f3f3; }
  .global-header { display: flex; align-items: center; gap: 16px; background: ${options.color}; color: #fff; padding: 8px 16px; }
  .global-header a { color: #fff; }
  .global-header .spacer { flex: 1; }
  main { margin: 16px; background: #fff; border-radius: 6px; padding: 16px; }
  .record-header h1 { margin: 0 0 4px; font-size: 22px; }
  .related { margin-top: 16px; }
  .related h2 { font-size: 15px; margin: 0 0 6px; }
  .related ul { margin: 0; padding-left: 18px; }
  .record-actions { float: right; }
  ${options.headerCss ?? ''}
</style>
</head>
<body>
<header class="global-header">
  <strong>${options.brand}</strong>
  <nav aria-label="App navigation" id="app-nav"></nav>
  <span class="spacer"></span>
  <button type="button" id="global-action">Setup</button>
</header>
<main id="app"></main>
<script>
const DATA = ${json};
function esc(s) { return String(s).replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c])); }
function route() { ${options.routes} }
function render() {
  const page = route();
  document.title = page.title;
  document.getElementById('app').innerHTML = page.html;
  document.getElementById('app-nav').innerHTML = page.nav || '';
}
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[data-spa]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  render();
});
window.addEventListener('popstate', render);
document.getElementById('global-action').addEventListener('click', () => { document.body.dataset.setupClicks = String(Number(document.body.dataset.setupClicks || 0) + 1); });
render();
</script>
</body>
</html>`;
}
