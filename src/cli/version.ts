// The package version, put in by esbuild (see esbuild.js `define`).

declare const FAIRBALANCE_VERSION: string;

export const VERSION = typeof FAIRBALANCE_VERSION === 'string' ? FAIRBALANCE_VERSION : '0.0.0-dev';
export const HOMEPAGE = 'https://github.com/fairbalance/fairbalance';
