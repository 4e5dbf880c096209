import { type FormEvent, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { createScribeApi } from '../lib/api/scribe-api.js';
import { useAsyncAction } from '../lib/hooks/use-async.js';
import type { ScribeContext } from '../lib/hooks/use-scribe.js';
import { syncOrgSettings } from '../lib/storage/org-settings-sync.js';
import { authSessionItem } from '../lib/storage/session.js';
import { updateSettings } from '../lib/storage/settings.js';

/** Server address and sign-in. The token goes to storage.session only (memory, trusted contexts). */
export function ServerAndSignIn({ scribe }: { scribe: ScribeContext }) {
  const { settings, session } = scribe;
  const [serverUrl, setServerUrl] = useState(settings.serverUrl);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => setServerUrl(settings.serverUrl), [settings.serverUrl]);

  const saveServer = useAsyncAction(async () => {
    const url = new URL(serverUrl).origin;
    await updateSettings({ serverUrl: url });
    setSaved(true);
  });
  const signIn = useAsyncAction(async () => {
    const result = await createScribeApi(settings.serverUrl).login(email, password);
    await authSessionItem.setValue(result);
    setPassword('');
    // The organisation's defaults (model, compute, template, EHR sites) arrive with the sign-in.
    await syncOrgSettings(createScribeApi(settings.serverUrl, result.token)).catch(() => null);
    // Anything recorded while signed out can upload now.
    await browser.runtime.sendMessage({ type: 'uploads.kick' }).catch(() => {});
  });
  const signOut = useAsyncAction(async () => {
    await scribe.api?.logout().catch(() => {});
    await authSessionItem.setValue(null);
  });

  const submitServer = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    void saveServer.run();
  };
  const submitSignIn = (e: FormEvent) => {
    e.preventDefault();
    void signIn.run();
  };

  return (
    <>
      <form className="card stack" onSubmit={submitServer} aria-labelledby="server-title">
        <h2 id="server-title">Scribe server</h2>
        <label>
          Server address
          <input type="url" value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} required />
        </label>
        <div className="row">
          <button type="submit">Save server</button>
          {saved && <span className="badge ok">Saved</span>}
        </div>
        {saveServer.error && (
          <div className="alert error">Enter a full address such as https://scribe.example.org</div>
        )}
        <p className="muted">
          Your administrator adds this extension's origin,{' '}
          <span className="mono">{browser.runtime.getURL('/').replace(/\/$/, '')}</span>, to the server's
          ALLOWED_ORIGINS.
        </p>
      </form>
      {session ? (
        <section className="card stack" aria-labelledby="account-title">
          <h2 id="account-title">Signed in</h2>
          <p data-testid="signed-in-as">
            {session.user.displayName} ({session.user.email}) · {session.user.role}
          </p>
          <p className="muted">
            Session ends {new Date(session.expiresAt).toLocaleString()} or when the browser closes.
          </p>
          <button type="button" onClick={() => void signOut.run()}>
            Sign out
          </button>
        </section>
      ) : (
        <form className="card stack" onSubmit={submitSignIn} aria-labelledby="signin-title">
          <h2 id="signin-title">Sign in</h2>
          <label>
            Email
            <input
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          </label>
          <label>
            Password
            <input
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
          {signIn.error && (
            <div className="alert error" role="alert">
              {signIn.error}
            </div>
          )}
          <button type="submit" className="primary" disabled={signIn.busy}>
            {signIn.busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
    </>
  );
}
