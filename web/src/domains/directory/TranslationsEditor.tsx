import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LANGUAGES } from '../../../../common/schemas/directory.js';
import { TextField } from '../../components/TextField.js';
import { TextArea } from '../../components/TextArea.js';
import { languageName } from './directory-labels.js';
import type { Translations } from './service-form.js';

const RTL = new Set(['ar', 'ur', 'fa']);

export interface TranslatedField {
  key: string;
  labelKey: string;
  multiline?: boolean;
}

/**
 * One tab per public language (Italian is the record itself). A WAI-ARIA tab list: arrows move
 * between languages; each panel's fields carry the language and its direction.
 */
export function TranslationsEditor({ fields, value, onChange }: { fields: TranslatedField[]; value: Translations; onChange(v: Translations): void }) {
  const { t, i18n } = useTranslation();
  const langs = CONTENT_LANGUAGES.filter((l) => l !== 'it');
  const [active, setActive] = useState<string>(langs[0]!);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const base = `t${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const onKey = (e: KeyboardEvent, i: number) => {
    const rtl = document.documentElement.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const delta = e.key === forward || e.key === 'ArrowDown' ? 1 : e.key === back || e.key === 'ArrowUp' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (i + delta + langs.length) % langs.length;
    setActive(langs[next]!);
    tabs.current[next]?.focus();
  };
  const set = (lang: string, key: string, v: string) => onChange({ ...value, [lang]: { ...(value[lang] ?? {}), [key]: v } });
  return (
    <section className="mb-4" aria-labelledby={`${base}-h`}>
      <h2 className="h5" id={`${base}-h`}>
        {t('app.directory.translations.title')}
      </h2>
      <p className="text-secondary">{t('app.directory.translations.hint')}</p>
      <div className="nav nav-tabs flex-nowrap overflow-auto" role="tablist" aria-labelledby={`${base}-h`}>
        {langs.map((l, i) => {
          const filled = Object.values(value[l] ?? {}).some((v) => v.trim() !== '');
          return (
            <button
              key={l}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${l}`}
              aria-controls={`${base}-panel-${l}`}
              aria-selected={active === l}
              tabIndex={active === l ? 0 : -1}
              className={`nav-link${active === l ? ' active' : ''}`}
              onClick={() => setActive(l)}
              onKeyDown={(e) => onKey(e, i)}
            >
              {languageName(l, i18n.language)}
              {filled ? <span className="visually-hidden"> {t('app.directory.translations.filled')}</span> : null}
              {filled ? <span aria-hidden="true"> ✓</span> : null}
            </button>
          );
        })}
      </div>
      {langs.map((l) => (
        <div key={l} role="tabpanel" id={`${base}-panel-${l}`} aria-labelledby={`${base}-tab-${l}`} hidden={active !== l} className="pt-3">
          {active === l
            ? fields.map((f) =>
                f.multiline ? (
                  <TextArea key={f.key} label={`${t(f.labelKey)} (${languageName(l, i18n.language)})`} lang={l} dir={RTL.has(l) ? 'rtl' : 'ltr'} value={value[l]?.[f.key] ?? ''} onChange={(e) => set(l, f.key, e.target.value)} />
                ) : (
                  <TextField key={f.key} label={`${t(f.labelKey)} (${languageName(l, i18n.language)})`} lang={l} dir={RTL.has(l) ? 'rtl' : 'ltr'} value={value[l]?.[f.key] ?? ''} onChange={(e) => set(l, f.key, e.target.value)} />
                ),
              )
            : null}
        </div>
      ))}
    </section>
  );
}
