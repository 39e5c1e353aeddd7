import type { Browser } from 'playwright-core';

/** Absolute path of the Chromium executable the browser tests use. Throws with advice if none. */
export function findChromium(): string;
/** Launches headless Chromium with the flags this machine needs (closed network, root). */
export function launchChromium(extraArgs?: string[]): Promise<Browser>;
/** Absolute path of the shared/ folder beside the repo, or undefined when it is not there. */
export function sharedDir(): string | undefined;
/**
 * Reads a file from shared/ or returns undefined, printing a one-line notice once per file so a
 * clean clone without shared/ still passes.
 */
export function readShared(relativePath: string): string | undefined;
/** A TCP port free on 127.0.0.1 right now, for a server a test is about to start. */
export function freePort(): Promise<number>;
/**
 * The arguments of the `smulaBoot(...)` call in a served banner script (or a page holding one):
 * the call's line is run with stand-ins, so the config may be a literal or `JSON.parse('…')`.
 */
export function bootArgs(script: string): unknown[];
