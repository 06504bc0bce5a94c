// The formats an export can be written in, by file extension. Kept apart from
// frame.tsx so the CLI can check --export without loading the renderers.
export const exportExtensions = ['.txt', '.ansi', '.svg', '.png', '.md', '.json'] as const;
