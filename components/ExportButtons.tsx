import { useState } from 'preact/hooks';
import type { ProvenanceReport } from '@/utils/analysis/types';
import { exportFileName, reportJson, reportMarkdown } from '@/utils/extension/report-export';

/** Copy or save the report as JSON (the CLI's format) or Markdown. Nothing is sent anywhere. */
export function ExportButtons({ report }: { report: ProvenanceReport }) {
  const [status, setStatus] = useState('');
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Could not copy; use Save ${what} instead.`);
    }
  };
  const save = (text: string, type: string, name: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`Saved ${name}.`);
  };
  return (
    <section class="export" aria-label="Export the report">
      <div class="buttons">
        <button type="button" data-testid="copy-json" onClick={() => void copy(reportJson(report), 'JSON')}>
          Copy JSON
        </button>
        <button type="button" data-testid="copy-markdown" onClick={() => void copy(reportMarkdown(report), 'Markdown')}>
          Copy Markdown
        </button>
        <button type="button" onClick={() => save(reportJson(report), 'application/json', exportFileName(report, 'json'))}>
          Save JSON
        </button>
        <button type="button" onClick={() => save(reportMarkdown(report), 'text/markdown', exportFileName(report, 'md'))}>
          Save Markdown
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
