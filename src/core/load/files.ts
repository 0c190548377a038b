// Reading a file Sourcebook did not write (a dossier, its article, an
// identities file, a bibliography) through a small port, so the CLI (Node's
// fs), the extension host and the browser (vscode.workspace.fs) share one
// rule: only a regular file is read (never a folder, a device, a pipe or a
// link to one, whose reading would never end), and never more than a limit.

export interface FileInfo {
  /** A regular file; anything else (folder, device, pipe) is refused. */
  isFile: boolean;
  size: number;
  /** Milliseconds since 1970. */
  mtime: number;
}

export interface FilePort {
  /** What is at `location` (following links); undefined when nothing is. */
  stat(location: string): Promise<FileInfo | undefined>;
  /**
   * The file's bytes, at most `limit` of them (a port that can read a prefix
   * reads no more; one that cannot reads what stat promised). 'not-a-file'
   * when the port finds, on the opened file, that it is not a regular one.
   * Throws when it cannot be read.
   */
  read(location: string, limit: number): Promise<Uint8Array | 'not-a-file'>;
}

export type ReadFault = 'missing' | 'not-a-file' | 'too-large' | 'unreadable';

export type FileRead = { bytes: Uint8Array; info: FileInfo } | { fault: ReadFault; size?: number; reason?: string };

/** A regular file's bytes, read only when it is one and not over `maxBytes`. */
export async function readRegularFile(port: FilePort, location: string, maxBytes: number): Promise<FileRead> {
  let info: FileInfo | undefined;
  try {
    info = await port.stat(location);
  } catch (error) {
    return { fault: 'unreadable', reason: reasonOf(error) };
  }
  if (!info) return { fault: 'missing' };
  if (!info.isFile) return { fault: 'not-a-file' };
  if (info.size > maxBytes) return { fault: 'too-large', size: info.size };
  let bytes: Uint8Array | 'not-a-file';
  try {
    // One byte more than the limit: a file that grew after the stat is caught, not cut.
    bytes = await port.read(location, maxBytes + 1);
  } catch (error) {
    return { fault: 'unreadable', reason: reasonOf(error) };
  }
  if (bytes === 'not-a-file') return { fault: 'not-a-file' };
  if (bytes.length > maxBytes) return { fault: 'too-large', size: bytes.length };
  return { bytes, info };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
