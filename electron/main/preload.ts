import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL } from '../../shared/calls';
import { buildPreloadApi } from './preload-api';

// Sandboxed preload: only 'electron' can be required at run time, so everything else (the contract,
// the API builder) is bundled into preload.cjs by esbuild. The arrow keeps `ipcRenderer` itself
// out of reach of the page: only the bound invoke crosses the context bridge.
contextBridge.exposeInMainWorld(
  PRELOAD_GLOBAL,
  buildPreloadApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
