import http from 'node:http';
import type { AddressInfo } from 'node:net';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A minimal EHR chart page: a patient banner with an MRN and a note textarea. Synthetic data only.
 * `/chart?mrn=…&name=…` opens another patient's chart (the wrong-patient tests).
 */
const page = (mrn: string, name: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Demo EHR — Chart</title>
<style>
 body { font-family: system-ui, sans-serif; margin: 0; background: #eef2f6; color: #1b2430; }
 header { background: #243b53; color: #fff; padding: 10px 16px; }
 .banner { background: #fff; padding: 10px 16px; border-bottom: 1px solid #cfd8e3; display: flex; gap: 24px; }
 main { padding: 16px; } textarea { width: 100%; min-height: 260px; font: 13px ui-monospace, monospace; }
</style></head>
<body><header>Demo EHR</header>
<div class="banner"><div>Patient: <strong id="patient-name">${escapeHtml(name)}</strong></div>
<div>MRN: <span id="patient-mrn">${escapeHtml(mrn)}</span></div><div>DOB: 1970-01-01</div></div>
<main><label for="note-field"><strong>Progress note</strong></label>
<textarea id="note-field">Previous text typed by staff.</textarea></main></body></html>`;

export async function startDemoEhr() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const mrn = url.searchParams.get('mrn') ?? 'E2E-000123';
    const name = url.searchParams.get('name') ?? 'Test Patient';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(mrn, name));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
