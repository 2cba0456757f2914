import { describe, expect, it } from 'vitest';
import { APP_START_URL } from './navigation';
import { filesToOpen, importJobUrl } from './open-files';

const packaged = { defaultApp: false } as const;
const fromSource = { defaultApp: true } as const;

describe('filesToOpen', () => {
  it('opens a pack double-clicked on Windows, and a PDF opened with Briffio', () => {
    expect(
      filesToOpen({ ...packaged, platform: 'win32', cwd: 'C:\\Windows\\System32', argv: ['C:\\Users\\Ann\\AppData\\Local\\Programs\\briffio\\Briffio.exe', 'C:\\Users\\Ann\\Downloads\\CPAC Q3.briffio'] }),
    ).toEqual(['C:\\Users\\Ann\\Downloads\\CPAC Q3.briffio']);
    expect(filesToOpen({ ...packaged, platform: 'win32', cwd: 'C:\\', argv: ['Briffio.exe', 'D:/Papers/Report.PDF'] })).toEqual(['D:\\Papers\\Report.PDF']);
  });

  it('reads Windows network paths, relative paths and the switches Chromium adds to a second launch', () => {
    expect(
      filesToOpen({
        ...packaged,
        platform: 'win32',
        cwd: 'C:\\Users\\Ann\\Documents',
        argv: ['Briffio.exe', '--allow-file-access-from-files', '--original-process-start-time=13371337', '\\\\council\\papers\\report.txt', 'agenda\\pack.json'],
      }),
    ).toEqual(['\\\\council\\papers\\report.txt', 'C:\\Users\\Ann\\Documents\\agenda\\pack.json']);
  });

  it('skips macOS’s process serial number and opens a path from the Finder', () => {
    expect(
      filesToOpen({ ...packaged, platform: 'darwin', cwd: '/', argv: ['/Applications/Briffio.app/Contents/MacOS/Briffio', '-psn_0_1234567', '/Users/ann/Desktop/report.briffio'] }),
    ).toEqual(['/Users/ann/Desktop/report.briffio']);
  });

  it('opens nothing when Briffio is simply started', () => {
    expect(filesToOpen({ ...packaged, platform: 'linux', cwd: '/home/ann', argv: ['/opt/Briffio/briffio'] })).toEqual([]);
    expect(filesToOpen({ ...packaged, platform: 'linux', cwd: '/home/ann', argv: [] })).toEqual([]);
    expect(filesToOpen({ ...fromSource, platform: 'linux', cwd: '/work', argv: ['/work/node_modules/electron/dist/electron', '.'] })).toEqual([]);
  });

  it('skips the app path when run from source, even after Electron’s switches', () => {
    expect(filesToOpen({ ...fromSource, platform: 'linux', cwd: '/work/briffio', argv: ['electron', '.', 'reports/q3.pdf'] })).toEqual(['/work/briffio/reports/q3.pdf']);
    expect(
      filesToOpen({
        ...fromSource,
        platform: 'linux',
        cwd: '/work/briffio',
        argv: ['electron', '--inspect=0', '--remote-debugging-port=0', 'build/electron/main.cjs', '--data-dir', '/tmp/data', '/tmp/pack.briffio'],
      }),
    ).toEqual(['/tmp/pack.briffio']);
    // Run from source, an app path that happens to end in .json is still the app.
    expect(filesToOpen({ ...fromSource, platform: 'linux', cwd: '/work', argv: ['electron', 'package.json', 'a.txt'] })).toEqual(['/work/a.txt']);
  });

  it('never takes the data folder for a file, in either form', () => {
    expect(
      filesToOpen({ ...packaged, platform: 'linux', cwd: '/home/ann', argv: ['briffio', '--data-dir', 'backup.json', '--data-dir=/data/x.json', 'report.txt'] }),
    ).toEqual(['/home/ann/report.txt']);
    // A --data-dir at the very end has no value to skip.
    expect(filesToOpen({ ...packaged, platform: 'linux', cwd: '/home/ann', argv: ['briffio', 'report.txt', '--data-dir'] })).toEqual(['/home/ann/report.txt']);
  });

  it('reads every argument after -- as a name, even one starting with a dash', () => {
    expect(filesToOpen({ ...packaged, platform: 'linux', cwd: '/home/ann', argv: ['briffio', '--', '-draft-.pdf', '--data-dir'] })).toEqual(['/home/ann/-draft-.pdf']);
  });

  it('keeps only the kinds of file Briffio imports, each once, in order', () => {
    expect(
      filesToOpen({
        ...packaged,
        platform: 'linux',
        cwd: '/home/ann',
        argv: ['briffio', 'minutes.docx', 'b.pdf', 'photo.png', 'a.briffio', './b.pdf', 'notes.TXT', 'folder', 'x.json', ''],
      }),
    ).toEqual(['/home/ann/b.pdf', '/home/ann/a.briffio', '/home/ann/notes.TXT', '/home/ann/x.json']);
  });

  it('reads file:// URLs from Linux desktops and ignores other URLs', () => {
    expect(
      filesToOpen({ ...packaged, platform: 'linux', cwd: '/', argv: ['briffio', 'file:///home/ann/Lawrlwythiadau/Adroddiad%20C%C3%A2r.briffio', 'https://example.com/r.pdf'] }),
    ).toEqual(['/home/ann/Lawrlwythiadau/Adroddiad Câr.briffio']);
    expect(filesToOpen({ ...packaged, platform: 'linux', cwd: '/', argv: ['briffio', 'file://nas/share/r.pdf'] })).toEqual([]);
    expect(filesToOpen({ ...packaged, platform: 'win32', cwd: 'C:\\', argv: ['Briffio.exe', 'file:///C:/Papers/r.pdf'] })).toEqual(['C:\\Papers\\r.pdf']);
  });
});

describe('importJobUrl', () => {
  it('is the Import screen at that job on the app’s own page (the renderer’s #/import/<jobId>)', () => {
    const jobId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(importJobUrl(jobId)).toBe(`${APP_START_URL}#/import/${jobId}`);
  });
});
