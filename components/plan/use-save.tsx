import { useCallback, useState } from 'react';
import type { SaveEdit } from './save-edit';

/** Saves edits of one part of the plan and shows why the last one did not land, until one does. */
export function useSave(save: SaveEdit) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = useCallback(
    async (edit: Parameters<SaveEdit>[0]) => {
      const result = await save(edit);
      setProblem(result.ok ? null : result.message);
      return result.ok;
    },
    [save],
  );
  const alert = problem ? (
    <p className="sl-error" role="alert">
      {problem}
    </p>
  ) : null;
  return { run, alert };
}
