// Every file the CLI reads (dossier, article) is opened once, checked to be a
// regular file on the open descriptor (a symlink to /dev/zero, a FIFO or a
// folder is refused, and cannot be swapped in after the check), and read with
// a byte limit: no input can make it read forever or block.
import * as fs from 'fs';

export type ReadFault = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

export type ReadResult = { bytes: Buffer } | { fault: ReadFault; size?: number; reason?: string };

export function readRegularFile(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { fault: 'missing' } : { fault: 'unreadable', reason: code === 'EACCES' ? 'permission denied' : (error as Error).message };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { fault: 'not-a-file' };
    if (stat.size > maxBytes) return { fault: 'too-large', size: stat.size };
    // One byte more than expected: a file that grew after the stat is caught, not cut.
    const buffer = Buffer.alloc(Math.min(maxBytes, stat.size) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return { fault: 'too-large', size: length };
    if (length > stat.size) return { fault: 'unreadable', reason: 'it changed while it was read' };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { fault: (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'not-a-file' : 'unreadable', reason: (error as Error).message };
  } finally {
    fs.closeSync(fd);
  }
}
