/** The keyboard cheat sheet behind "?". */
import { Dialog } from './dialog.tsx';
import { SHORTCUT_HELP } from './use-shortcuts.ts';

export function KeysHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="keys">
        <tbody>
          {SHORTCUT_HELP.map(([key, what]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Dialog>
  );
}
