// The Tauri IPC mocks expect a browser `window`; in Node the global object stands in for it.
(globalThis as unknown as { window: typeof globalThis }).window = globalThis;
