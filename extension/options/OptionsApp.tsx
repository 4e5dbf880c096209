import { useState } from 'react';
import { useScribe } from '../lib/hooks/use-scribe.js';
import { TemplatesAdmin } from './admin/TemplatesAdmin.js';
import { EhrSites } from './EhrSites.js';
import { ModelSettings } from './ModelSettings.js';
import { ServerAndSignIn } from './ServerAndSignIn.js';

type Tab = 'account' | 'model' | 'ehr' | 'templates';

/** Settings for everyone (server, sign-in, speech model, EHR sites) and template admin for admins. */
export function OptionsApp() {
  const scribe = useScribe();
  const [tab, setTab] = useState<Tab>('account');
  const isAdmin = scribe.session?.user.role === 'admin';
  const tabs: Array<[Tab, string]> = [
    ['account', 'Server & sign-in'],
    ['model', 'Speech model'],
    ['ehr', 'EHR sites'],
    ...(isAdmin ? ([['templates', 'Templates']] as Array<[Tab, string]>) : []),
  ];
  if (!scribe.loaded) return <main className="app" aria-busy="true" />;
  return (
    <main className="app" style={{ maxWidth: 880 }}>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <h1>Scribe settings</h1>
        </div>
        {scribe.session && (
          <span className="user-chip">
            {scribe.session.user.displayName} · {scribe.session.user.role}
          </span>
        )}
      </header>
      <div className="tabs" role="tablist" aria-label="Settings sections">
        {tabs.map(([key, label]) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => setTab(key)}>
            {label}
          </button>
        ))}
      </div>
      {tab === 'account' && <ServerAndSignIn scribe={scribe} />}
      {tab === 'model' && <ModelSettings scribe={scribe} />}
      {tab === 'ehr' && <EhrSites scribe={scribe} />}
      {tab === 'templates' && isAdmin && scribe.api && <TemplatesAdmin api={scribe.api} />}
    </main>
  );
}
