import { render } from 'preact';
import '../../assets/options.css';
import { Options, type OptionsPort } from '../../components/Options';
import { getSettings, resetSettings, updateSettings, watchSettings } from '../../lib/browser/settings-store';
import { clearCorrections, getCorrections, watchCorrections } from '../../lib/browser/corrections-store';
import { useBrowserMessages } from '../../lib/browser/i18n';
import { t, uiLocale } from '../../lib/i18n';

useBrowserMessages();
document.documentElement.lang = uiLocale(); // index.html says en until then
document.title = t('opt_title');

const port: OptionsPort = {
  getSettings,
  updateSettings,
  resetSettings: () => resetSettings(),
  watchSettings,
  getCorrections,
  clearCorrections,
  watchCorrections,
  download(filename, text, type) {
    // A link with `download`: no "downloads" permission needed, and the browser asks where to save.
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },
};

render(<Options port={port} />, document.getElementById('app')!);
