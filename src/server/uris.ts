// Document and folder URIs as the client sends them (file:, vscode-vfs:, vscode-remote:, ...),
// handled as strings so that the server runs the same way under Node and in a browser worker
// and never re-encodes what the client wrote. A folder URI never ends in "/" (except a root).

const PARTS = /^([a-z][\w+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/i;

function split(uri: string): { prefix: string; path: string } | undefined {
  const m = PARTS.exec(uri);
  return m && m[2].startsWith('/') ? { prefix: m[1], path: m[2] } : undefined;
}

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** The folder a document is in; undefined for a URI without a path (untitled:Untitled-1). */
export function folderOf(uri: string): string | undefined {
  const p = split(uri);
  if (!p) return undefined;
  const path = trimSlash(p.path);
  const cut = path.lastIndexOf('/');
  return p.prefix + (cut > 0 ? path.slice(0, cut) : '/');
}

/** The folder above `folder`, or undefined at the root. */
export function parentOf(folder: string): string | undefined {
  const p = split(folder);
  if (!p || trimSlash(p.path) === '/') return undefined;
  return folderOf(folder);
}

/** `name` (one path segment) inside `folder`. */
export function childOf(folder: string, name: string): string {
  const p = split(folder);
  if (!p) return `${folder}/${encodeURIComponent(name)}`;
  return `${p.prefix}${trimSlash(p.path).replace(/\/$/, '')}/${encodeURIComponent(name)}`;
}

/** A folder URI in the form this module uses (no trailing slash). */
export function normalizeFolder(folder: string): string {
  const p = split(folder);
  return p ? p.prefix + trimSlash(p.path) : folder;
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The decoded path ("/docs/a b.md"), or undefined for a URI without one. */
export function pathOf(uri: string): string | undefined {
  const p = split(uri);
  return p && p.path.split('/').map(decode).join('/');
}

/** The last path segment, decoded ("a.md"). */
export const nameOf = (uri: string): string => decode((split(uri)?.path ?? uri).split('/').pop() ?? '');

/** `uri`'s decoded path relative to `folder` ("docs/a.md"), or undefined when it is not inside it. */
export function relativeTo(folder: string, uri: string): string | undefined {
  const f = split(normalizeFolder(folder));
  const u = split(uri);
  if (!f || !u || f.prefix.toLowerCase() !== u.prefix.toLowerCase()) return undefined;
  const base = f.path === '/' ? '/' : `${f.path}/`;
  if (u.path === f.path) return '';
  if (!u.path.startsWith(base)) return undefined;
  return u.path.slice(base.length).split('/').map(decode).join('/');
}

/** The innermost of `folders` that contains `uri`. */
export function innermost(folders: readonly string[], uri: string): string | undefined {
  return folders.filter((f) => relativeTo(f, uri) !== undefined).sort((a, b) => b.length - a.length)[0];
}
