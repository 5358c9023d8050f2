/**
 * Writes a demo world to DIR/workspace.json and DIR/labels.json as it is generated, one rep at a time: each entity
 * list is spooled to its own part file and the parts are joined at the end, so memory stays flat at any size.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Verdict } from '../../domain/labels/labels-schema.ts';
import { DOCUMENTS } from '../catalog/documents.ts';
import { PRODUCTS } from '../catalog/products.ts';
import type { DemoOptions, DemoOptionsInput } from '../demo-options.ts';
import { planDemoWorld } from '../generate-demo-world.ts';
import { FileSink } from './file-sink.ts';
import {
  headText,
  LABELS_CLOSE,
  LABELS_OPEN,
  LIST_CLOSE,
  LIST_ORDER,
  ListBody,
  type ListName,
  listOpen,
  WORKSPACE_CLOSE,
} from './json-text.ts';

export interface DemoWorldSummary {
  readonly options: DemoOptions;
  readonly workspacePath: string;
  readonly labelsPath: string;
  readonly counts: Record<ListName | 'labels', number>;
  readonly verdicts: Record<Verdict, number>;
  readonly bytes: { readonly workspace: number; readonly labels: number };
}

const SPOOLED = ['accounts', 'contacts', 'opportunities', 'activities', 'usage'] as const;
type Spooled = (typeof SPOOLED)[number];

export function writeDemoWorld(input: DemoOptionsInput, dir: string): DemoWorldSummary {
  const plan = planDemoWorld(input);
  fs.mkdirSync(dir, { recursive: true });
  const workspacePath = path.join(dir, 'workspace.json');
  const labelsPath = path.join(dir, 'labels.json');
  const partPath = (name: string): string => path.join(dir, `.workspace.${name}.part`);

  const spools = {} as Record<Spooled, { sink: FileSink; body: ListBody }>;
  const labelSink = new FileSink(`${labelsPath}.part`);
  try {
    for (const name of SPOOLED) {
      const sink = new FileSink(partPath(name));
      spools[name] = { sink, body: new ListBody(sink) };
    }
    labelSink.write(LABELS_OPEN);
    const labels = new ListBody(labelSink);
    const verdicts: Record<Verdict, number> = { act_now: 0, monitor: 0, no_action: 0 };

    for (const slice of plan.slices()) {
      for (const name of SPOOLED) for (const item of slice[name]) spools[name].body.add(item);
      for (const label of slice.labels) {
        labels.add(label);
        verdicts[label.verdict] += 1;
      }
    }
    labelSink.write(LABELS_CLOSE);
    const labelBytes = labelSink.close();
    for (const name of SPOOLED) spools[name].sink.close();

    const out = new FileSink(`${workspacePath}.part`);
    const counts = { labels: labels.size } as Record<ListName | 'labels', number>;
    out.write(headText(plan.head));
    for (const name of LIST_ORDER) {
      out.write(listOpen(name));
      if (name === 'users' || name === 'products' || name === 'documents') {
        const body = new ListBody(out);
        const items = name === 'users' ? plan.team.users : name === 'products' ? PRODUCTS : DOCUMENTS;
        for (const item of items) body.add(item);
        counts[name] = body.size;
      } else {
        out.append(partPath(name));
        counts[name] = spools[name].body.size;
      }
      out.write(LIST_CLOSE);
    }
    out.write(WORKSPACE_CLOSE);
    const workspaceBytes = out.close();
    // Rename last, so a reader never sees half a file under the final name.
    fs.renameSync(`${workspacePath}.part`, workspacePath);
    fs.renameSync(`${labelsPath}.part`, labelsPath);
    return {
      options: plan.options,
      workspacePath,
      labelsPath,
      counts,
      verdicts,
      bytes: { workspace: workspaceBytes, labels: labelBytes },
    };
  } finally {
    for (const name of SPOOLED) fs.rmSync(partPath(name), { force: true });
    fs.rmSync(`${workspacePath}.part`, { force: true });
    fs.rmSync(`${labelsPath}.part`, { force: true });
  }
}
