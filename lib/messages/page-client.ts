import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Request } from './messages';

const TitleSchema = z.object({ title: z.string().nullable() });

/** The title of the CRM tab the panel is in, as the background sees it; null when unknown. */
export async function readPageTitleViaBackground(): Promise<string | null> {
  const parsed = TitleSchema.safeParse(await browser.runtime.sendMessage({ type: 'page-title' } satisfies Request));
  return parsed.success ? parsed.data.title : null;
}
