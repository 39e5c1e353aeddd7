/** Site fields the dashboard's form and the create-site service share (client-safe). */
import { z } from 'zod';

export const ZSiteName = z.string().trim().min(1, 'Enter a site name').max(200);
