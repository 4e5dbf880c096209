import { useEffect, useState } from 'react';
import type { Note } from '../../../shared/api/notes.responses.js';
import { noteToText } from '../../../shared/clinical/export/text.js';
import type { VersionSummary } from '../../lib/api/schemas.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';

/** Every saved version of the note (drafted, edited, signed) and its text. */
export function VersionHistory({ api, note }: { api: ScribeApi; note: Note }) {
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const [shown, setShown] = useState<{ version: number; text: string } | null>(null);
  const { id, version } = note;
  useEffect(() => {
    // Re-read whenever a save or signature produced a new current version.
    if (version > 0) void api.listVersions(id).then(setVersions, () => setVersions([]));
  }, [api, id, version]);
  const show = async (version: number) => {
    const v = await api.getVersion(note.id, version);
    setShown({ version, text: noteToText(v.content) });
  };
  return (
    <details className="card">
      <summary>
        <strong>Version history</strong> <span className="muted">({versions.length})</span>
      </summary>
      <table style={{ marginTop: 8 }}>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>v{v.version}</td>
              <td>{v.kind}</td>
              <td className="muted">{new Date(v.createdAt).toLocaleString()}</td>
              <td>
                <button type="button" className="link" onClick={() => void show(v.version)}>
                  View
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown && (
        <div className="stack" style={{ marginTop: 8 }}>
          <h3>Version {shown.version}</h3>
          <pre className="mono" style={{ whiteSpace: 'pre-wrap' }}>
            {shown.text}
          </pre>
        </div>
      )}
    </details>
  );
}
