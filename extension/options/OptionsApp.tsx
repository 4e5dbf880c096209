import { useEffect, useState } from 'react';
import { useScribe } from '../lib/hooks/use-scribe.js';
import { useTabs } from '../lib/hooks/use-tabs.js';
import { AuditAdmin } from './admin/AuditAdmin.js';
import { OrgSettingsAdmin } from './admin/OrgSettingsAdmin.js';
import { TemplatesAdmin } from './admin/TemplatesAdmin.js';
import { UsersAdmin } from './admin/UsersAdmin.js';
import { EhrSites } from './EhrSites.js';
import { ModelSettings } from './ModelSettings.js';
import { ServerAndSignIn } from './ServerAndSignIn.js';

type Tab = 'account' | 'model' | 'ehr' | 'org' | 'templates' | 'users' | 'audit';
const labels: Record<Tab, string> = {
  account: 'Server & sign-in',
  model: 'Speech model',
  ehr: 'EHR sites',
  org: 'Organisation',
  templates: 'Templates',
  users: 'Users',
  audit: 'Audit log',
};
const adminTabs: Tab[] = ['org', 'templates', 'users', 'audit'];
const initialTab = (): Tab => {
  const hash = globalThis.location?.hash.replace(/^#/, '') as Tab;
  return hash in labels ? hash : 'account';
};

/** Settings for everyone (server, sign-in, speech model, EHR sites) and the administration for admins. */
export function OptionsApp() {
  const scribe = useScribe();
  const [tab, setTab] = useState<Tab>(initialTab);
  const isAdmin = scribe.session?.user.role === 'admin';
  const keys: Tab[] = ['account', 'model', 'ehr', ...(isAdmin ? adminTabs : [])];
  const current = keys.includes(tab) ? tab : 'account';
  const tabs = useTabs(keys, current, setTab, 'options');
  // The side panel's admin links open this page on a tab: follow later links too.
  useEffect(() => {
    const follow = () => setTab(initialTab());
    globalThis.addEventListener('hashchange', follow);
    return () => globalThis.removeEventListener('hashchange', follow);
  }, []);
  if (!scribe.loaded) return <main className="app" aria-busy="true" />;
  const api = scribe.api;
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
        {keys.map((key) => (
          <button key={key} {...tabs.tab(key)}>
            {labels[key]}
          </button>
        ))}
      </div>
      <div {...tabs.panel(current)}>
        {current === 'account' && <ServerAndSignIn scribe={scribe} />}
        {current === 'model' && <ModelSettings scribe={scribe} />}
        {current === 'ehr' && <EhrSites scribe={scribe} />}
        {isAdmin && api && current === 'org' && <OrgSettingsAdmin api={api} settings={scribe.settings} />}
        {isAdmin && api && current === 'templates' && <TemplatesAdmin api={api} />}
        {isAdmin && api && current === 'users' && <UsersAdmin api={api} />}
        {isAdmin && api && current === 'audit' && <AuditAdmin api={api} />}
      </div>
    </main>
  );
}
