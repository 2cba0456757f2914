import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { sectionPlainText } from '../shared/anchoring';
import type { Annotation, AnnotationListItem } from '../shared/annotation-model';
import type { CallName } from '../shared/calls';
import type { LibraryView, ReportView } from '../shared/domain';
import { freshDataDir, startServer, type RunningServer } from './support/server';

/**
 * Issue #4, "never lost": what a councillor typed before a crash is there after restart.
 *
 * Browser mode (built as it ships) takes annotation creates and autosave updates over its HTTP
 * bridge from several writers at once, and is killed with SIGKILL — no shutdown, no flush — after
 * a seeded-random number of acknowledged writes, with other writes still in flight. After each
 * kill the database file passes `PRAGMA integrity_check`, and every write the server acknowledged
 * ({ok:true}) before dying is there with its content; a write still in flight may or may not have
 * landed, but nothing else. Then the server is started again on the same folder, 25 times.
 *
 * No browser is used and nothing waits on a clock: each step waits for a response, the printed
 * URL, or the process's exit event. The PRNG is seeded, so a failure replays with the same plan.
 */

const ROUNDS = 25;
const WRITERS = 4;
const SEED = 0x4b1d_2026;

/** mulberry32: small, fast and deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function bridge(server: RunningServer) {
  const token = new URL(server.url).searchParams.get('token')!;
  return async <T>(name: CallName, input: unknown): Promise<Reply<T>> => {
    const response = await fetch(`${server.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Briffio-Token': token },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Reply<T>;
  };
}

/** What the councillor was told was saved, per note, and what was sent but not yet confirmed. */
interface Expected {
  acked: { body: string; colour: string; tags: string[] } | null;
  inFlight: { body: string; colour: string; tags: string[] } | null;
}

const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;

test('annotations acknowledged before a SIGKILL survive it, and the database stays intact, 25 times over', async () => {
  test.setTimeout(120_000);
  const dataDir = freshDataDir();
  const databaseFile = path.join(dataDir, 'briffio.sqlite');
  const next = random(SEED);
  const notes = new Map<string, Expected>();
  let server = await startServer(dataDir);
  try {
    const call = bridge(server);
    const library = (await call<LibraryView>('library.get', {})) as { ok: true; value: LibraryView };
    const reportId = library.value.committees[0]!.meetings[0]!.reports[0]!.id;
    const report = ((await call<ReportView>('report.get', { reportId })) as { ok: true; value: ReportView }).value;
    const version = report.versions.find((v) => v.lang === 'en')!;
    const sections = version.sections.map((section) => ({ key: section.key, length: sectionPlainText(section).length })).filter((s) => s.length > 40);

    for (let round = 0; round < ROUNDS; round++) {
      const send = bridge(server);
      const killAfter = 3 + Math.floor(next() * 30);
      let acknowledged = 0;
      let killed = false;
      const exited = new Promise<void>((resolve) => server.process.once('exit', () => resolve()));
      const kill = (): void => {
        if (killed) return;
        killed = true;
        server.process.kill('SIGKILL');
      };

      // Each writer owns its notes, so every note has at most one write in flight.
      const writer = async (owned: string[], plan: () => number): Promise<void> => {
        for (let step = 0; !killed; step++) {
          const content = { body: `round ${round} step ${step} ${plan().toString(36).slice(2, 10)}`, colour: COLOURS[Math.floor(plan() * COLOURS.length)]!, tags: plan() < 0.3 ? [`r${round}`] : [] };
          const updating = owned.length > 0 && plan() < 0.6;
          try {
            if (updating) {
              const id = owned[Math.floor(plan() * owned.length)]!;
              notes.get(id)!.inFlight = content;
              const reply = await send<Annotation>('annotations.update', { id, ...content });
              if (!reply.ok) throw new Error(`update refused: ${reply.error.code} ${reply.error.message}`);
              notes.set(id, { acked: content, inFlight: null });
            } else {
              const section = sections[Math.floor(plan() * sections.length)]!;
              const start = Math.floor(plan() * (section.length - 20));
              const reply = await send<Annotation>('annotations.create', {
                reportId,
                target: { kind: 'text', lang: 'en', sectionKey: section.key, start, end: start + 5 + Math.floor(plan() * 15) },
                ...content,
              });
              if (!reply.ok) {
                // A selection of white space only is refused by design; anything else is a failure.
                if (reply.error.code === 'invalid_input') continue;
                throw new Error(`create refused: ${reply.error.code} ${reply.error.message}`);
              }
              owned.push(reply.value.id);
              notes.set(reply.value.id, { acked: content, inFlight: null });
            }
          } catch (error) {
            if (killed) return; // The connection died with the server: this write was never acknowledged.
            throw error;
          }
          acknowledged++;
          if (acknowledged >= killAfter) kill();
        }
      };

      const owners: string[][] = Array.from({ length: WRITERS }, () => []);
      const plans = owners.map(() => random(Math.floor(next() * 2 ** 32)));
      // Notes from earlier rounds are spread over the writers so old notes get autosaved too.
      [...notes.keys()].forEach((id, index) => owners[index % WRITERS]!.push(id));
      await Promise.all(owners.map((owned, index) => writer(owned, plans[index]!)));
      await exited;

      // After the kill, before any restart: the file as the crash left it.
      const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
      try {
        expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
        const read = db.prepare(
          `SELECT body, colour, (SELECT json_group_array(tag) FROM (SELECT tag FROM annotation_tags t WHERE t.annotation_id = a.id ORDER BY t.rowid)) AS tags
           FROM annotations a WHERE id = ? AND deleted_at IS NULL`,
        );
        for (const [id, expected] of notes) {
          const row = read.get(id) as { body: string; colour: string; tags: string } | undefined;
          const stored = row ? { body: row.body, colour: row.colour, tags: JSON.parse(row.tags) as string[] } : null;
          const allowed = [expected.acked, expected.inFlight].filter((value) => value !== null);
          expect(allowed, `round ${round}: note ${id} holds what was acknowledged (or the write in flight)`).toContainEqual(stored);
          // Whatever landed is now what the next round builds on.
          notes.set(id, { acked: stored, inFlight: null });
        }
      } finally {
        db.close();
      }
      server = await startServer(dataDir);
    }

    // The app itself reads every note back after the last restart.
    const listed = (await bridge(server)<AnnotationListItem[]>('annotations.listAll', {})) as { ok: true; value: AnnotationListItem[] };
    // (A create still in flight at a kill may also have landed: more notes are fine, fewer are not.)
    expect(listed.value.map((note) => note.id)).toEqual(expect.arrayContaining([...notes.keys()]));
    expect(notes.size).toBeGreaterThan(ROUNDS);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
