// The VS Code client (issue 7 fills this in).
export function activate(): void {}
export function deactivate(): void {}
