import { useEffect, useState } from 'react';
import type { User } from '../../../shared/api/auth.js';
import { describeError } from '../../lib/api/api-error.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';

/** Who can sign in, with which role (accounts are created with `npm run user:create` on the server). */
export function UsersAdmin({ api }: { api: ScribeApi }) {
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.listUsers().then(setUsers, (e: unknown) => setError(describeError(e)));
  }, [api]);
  return (
    <section className="card stack" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <p className="muted">
        New accounts are created on the server with <code>npm run user:create</code>.
      </p>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {users && (
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.displayName}
                  <br />
                  <span className="muted">{u.email}</span>
                </td>
                <td>{u.role}</td>
                <td>{u.active ? 'Active' : 'Deactivated'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
