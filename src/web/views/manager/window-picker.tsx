/** The "Window: last N days" picker the manager's figures share. */
const WINDOWS: ReadonlyArray<[number, string]> = [
  [7, 'Last 7 days'],
  [30, 'Last 30 days'],
  [90, 'Last 90 days'],
];

export function WindowPicker(props: { id: string; days: number; onChange(days: number): void }) {
  return (
    <>
      <label htmlFor={props.id}>Window</label>{' '}
      <select id={props.id} value={props.days} onChange={(e) => props.onChange(Number(e.target.value))}>
        {WINDOWS.map(([d, label]) => (
          <option key={d} value={d}>
            {label}
          </option>
        ))}
      </select>
    </>
  );
}
