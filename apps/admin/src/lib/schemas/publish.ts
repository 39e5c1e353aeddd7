/** Publishing fields the publish screen and its service share (client-safe). */
import { z } from 'zod';

/** The note stored with a published version. */
export const ZPublishNote = z.string().trim().max(2000, 'Keep the note under 2000 characters');
