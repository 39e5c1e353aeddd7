import type { TConsentAction } from '@smula/core';

// The words the consent log shows for each action are `consents.actions.<action>`.

/** Chart colours per action; distinct in hue and lightness, each ≥ 3:1 against white. */
export const ACTION_COLOURS: Record<TConsentAction, string> = {
  accept_all: '#15803d',
  reject_all: '#b91c1c',
  custom: '#1d4ed8',
  withdraw: '#a16207',
  renew: '#6b21a8',
};
