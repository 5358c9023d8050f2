/** For administrators: who can log in, and a new one-time password for someone locked out. */
import { useState } from 'react';
import { ApiError, post } from '../../api/client.ts';
import { useResource } from '../../api/use-resource.ts';

type LoginUser = { id: string; email: string; name: string; role: string; hasPassword: boolean };

export function UsersAdmin() {
  const { data, error, reload } = useResource<LoginUser[]>('/api/users');
  const [shown, setShown] = useState<{ email: string; password: string }>();
  const [failure, setFailure] = useState<string>();
  const reset = async (email: string) => {
    setFailure(undefined);
    try {
      setShown(await post<{ email: string; password: string }>('/api/users/login', { email }));
      await reload();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      {(error || failure) && (
        <p role="alert" className="error">
          {error?.message ?? failure}
        </p>
      )}
      {shown && (
        <p role="status" className="ok">
          New password for {shown.email} (shown once): <code>{shown.password}</code>
        </p>
      )}
      {data && (
        <table className="grid">
          <caption className="sr-only">Users and their logins</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Login</th>
            </tr>
          </thead>
          <tbody>
            {data.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{u.role}</td>
                <td>
                  <button type="button" onClick={() => void reset(u.email)}>
                    {u.hasPassword ? 'Reset password' : 'Give a login'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
