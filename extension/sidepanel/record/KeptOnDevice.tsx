import type { LocalEncounter } from '../../lib/db/local-encounters.js';

/**
 * Earlier consultations this computer still holds because the server does not have all of them yet:
 * said plainly, so nobody clears the browser thinking everything is safe on the server.
 */
export function KeptOnDevice({ encounters }: { encounters: LocalEncounter[] }) {
  const waiting = encounters.filter(
    (e) => e.sync === 'pending' || e.autoDraft?.state === 'device' || e.sync === 'rejected',
  );
  if (waiting.length === 0) return null;
  const refused = waiting.filter((e) => e.sync === 'rejected');
  return (
    <div className="alert info" role="status" data-testid="kept-on-device">
      {waiting.length} earlier consultation{waiting.length === 1 ? ' is' : 's are'} kept on this computer
      (encrypted) until the Scribe server has {waiting.length === 1 ? 'it' : 'them'}: patient{' '}
      {waiting.map((e) => e.request.patient.mrn).join(', ')}. They sync automatically when the server can be
      reached; keep this browser open until then.
      {refused.length > 0 && (
        <span>
          {' '}
          The server refused {refused.map((e) => e.request.patient.mrn).join(', ')} (
          {refused[0]?.lastErrorCode}): ask your administrator.
        </span>
      )}
    </div>
  );
}
