import { storage } from 'wxt/utils/storage';

/** The encounter being recorded on this device, so a reopened side panel finds it again. */
export interface ActiveEncounter {
  encounterId: string;
  mrn: string;
  startedAt: string;
}

export const activeEncounterItem = storage.defineItem<ActiveEncounter | null>('local:activeEncounter', {
  fallback: null,
});
