// The App's key router, and whether a component sits in an overlay (dialog, help, command line), for the gate.
import { createContext } from 'react';
import type { KeyRouter } from '../key-router.js';

export const KeyRouterContext = createContext<KeyRouter | null>(null);

/** True inside the App's overlays: their keys win, and nothing outside them hears keys while one is open. */
export const OverlayContext = createContext(false);
