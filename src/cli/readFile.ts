// The CLI's file port: Node's fs under the core's one reading rule
// (src/core/load/files.ts). The file is opened non-blocking (a FIFO with no
// writer returns at once) and checked again on the open descriptor, so a
// symlink to /dev/zero or a pipe swapped in after the stat is refused too.
import * as fs from 'fs';
import { FilePort } from '../core/load/files';

export const nodeFiles: FilePort = {
  async stat(location) {
    try {
      const stat = fs.statSync(location);
      return { isFile: stat.isFile(), size: stat.size, mtime: stat.mtimeMs };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new Error(code === 'EACCES' ? 'permission denied' : (error as Error).message);
    }
  },
  async read(location, limit) {
    let fd: number;
    try {
      fd = fs.openSync(location, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    } catch (error) {
      throw new Error((error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message);
    }
    try {
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) return 'not-a-file';
      const buffer = Buffer.alloc(Math.min(limit, stat.size + 1));
      let length = 0;
      while (length < buffer.length) {
        const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
        if (read === 0) break;
        length += read;
      }
      return buffer.subarray(0, length);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') return 'not-a-file';
      throw error;
    } finally {
      fs.closeSync(fd);
    }
  },
};
