import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';

/** Recovery codes are shown once: the user copies or downloads them before going on. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone(): void; doneLabel: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const text = codes.join('\n') + '\n';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'approdo-recovery-codes.txt';
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section aria-labelledby="recovery-codes-title" className="mt-4">
      <h2 id="recovery-codes-title" className="h4">
        {t('app.mfa.codesTitle')}
      </h2>
      <Alert tone="warning">{t('app.mfa.codesWarning', { count: codes.length })}</Alert>
      <ul className="app-codes my-4" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <div className="d-flex flex-wrap gap-2 mb-3">
        <Button variant="outline-primary" onClick={copy}>
          {t('app.mfa.copy')}
        </Button>
        <Button variant="outline-primary" onClick={download}>
          {t('app.mfa.download')}
        </Button>
        <Button onClick={onDone}>{doneLabel}</Button>
      </div>
      <div role="status">{copied === null ? null : <p>{copied ? t('app.mfa.copied') : t('app.mfa.copyFailed')}</p>}</div>
    </section>
  );
}
