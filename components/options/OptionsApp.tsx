/** The options page: one tab per panel (banks, editor, team roll-out, stats, settings). */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/messages';
import { BanksPanel } from './BanksPanel';
import { EditorPanel } from './EditorPanel';
import { PolicyNotice } from './PolicyNotice';
import { SettingsPanel } from './SettingsPanel';
import { StatsPanel } from './StatsPanel';
import { type TabItem, Tabs } from './Tabs';
import { TeamPanel } from './TeamPanel';
import { useAppSettings } from './use-app-settings';

const PANELS = ['banks', 'editor', 'team', 'stats', 'settings'] as const;
type Panel = (typeof PANELS)[number];

/** #stats opens the stats panel: a bookmarkable address for each panel. */
const panelFromHash = (): Panel => {
  const name = location.hash.replace(/^#/, '').split('/')[0];
  return (PANELS as readonly string[]).includes(name) ? (name as Panel) : 'banks';
};

export function OptionsApp() {
  const app = useAppSettings();
  const [panel, setPanel] = useState<Panel>(panelFromHash);
  const [editKey, setEditKey] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setPanel(panelFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (app) document.title = `${t('extName')} — ${t('optionsTitle')}`;
  }, [app]);

  if (!app) return <main class="options" aria-busy="true" />;

  const select = (next: Panel) => {
    setPanel(next);
    history.replaceState(null, '', `#${next}`);
  };
  const items: TabItem<Panel>[] = [
    { key: 'banks', label: t('panelBanks') },
    { key: 'editor', label: t('panelEditor') },
    { key: 'team', label: t('panelTeam') },
    { key: 'stats', label: t('panelStats') },
    { key: 'settings', label: t('panelSettings') },
  ];

  return (
    <div class="options">
      <header class="options-header">
        <h1>
          {t('extName')} <span class="subtitle">{t('optionsTitle')}</span>
        </h1>
        <PolicyNotice policy={app.policy} />
      </header>
      <main>
        <Tabs items={items} selected={panel} onSelect={select} label={t('optionsTitle')} />
        <div id={`panel-${panel}`} role="tabpanel" aria-labelledby={`tab-${panel}`} class="panel">
          {panel === 'banks' && (
            <BanksPanel
              app={app}
              onEdit={(key) => {
                setEditKey(key);
                select('editor');
              }}
            />
          )}
          {panel === 'editor' && <EditorPanel app={app} initialKey={editKey} />}
          {panel === 'team' && <TeamPanel app={app} />}
          {panel === 'stats' && <StatsPanel />}
          {panel === 'settings' && <SettingsPanel app={app} />}
        </div>
      </main>
    </div>
  );
}
