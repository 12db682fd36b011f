// The language server (issue 7 fills this in): runs the core outside the extension host.
export {};
