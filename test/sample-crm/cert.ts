import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throw-away self-signed certificate for the CRM host names, made at start with openssl
 * (Chromium also runs with --ignore-certificate-errors; the names keep the TLS handshake honest).
 */
export function makeCertificate(hostNames: readonly string[]): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sample-crm-cert-'));
  try {
    const keyPath = path.join(dir, 'key.pem');
    const certPath = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '3',
        '-subj',
        '/CN=Sample CRM',
        '-addext',
        `subjectAltName=${hostNames.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
