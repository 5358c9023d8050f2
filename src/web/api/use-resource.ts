/** Loads one API resource for a view; `reload` fetches it again, keeping the old data on screen meanwhile. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, get } from './client.ts';

export type Resource<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
};

export function useResource<T>(path: string | undefined): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const latest = useRef(path);
  latest.current = path;

  const reload = useCallback(async () => {
    if (!path) return;
    setLoading(true);
    try {
      const value = await get<T>(path);
      // A slow answer for a path the view has left is dropped.
      if (latest.current === path) {
        setData(value);
        setError(undefined);
      }
    } catch (e) {
      if (latest.current === path)
        setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
    } finally {
      if (latest.current === path) setLoading(false);
    }
  }, [path]);

  useEffect(() => {
    setData(undefined);
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
