import { useCallback, useState } from 'react';

/**
 * One id per user action for the contract's `idempotent` create methods: the server returns the first result for a
 * repeated id, so a double click, a retry or a second submit of the same form never creates twice. Renew it once the
 * action has succeeded and the form is ready for the next one.
 */
export function useRequestId(): [string, () => void] {
  const [id, setId] = useState(() => crypto.randomUUID());
  return [id, useCallback(() => setId(crypto.randomUUID()), [])];
}
