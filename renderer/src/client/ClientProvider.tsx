import { createContext, useContext, type ReactNode } from 'react';
import type { BriffioApi } from '../../../shared/contract';

const ClientContext = createContext<BriffioApi | null>(null);

/** Makes the contract client available to every screen (tests can pass a fake one). */
export function ClientProvider({ client, children }: Readonly<{ client: BriffioApi; children: ReactNode }>) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): BriffioApi {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a <ClientProvider> above it');
  return client;
}
