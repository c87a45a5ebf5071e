/** Registered only on sites the reader turned "always on" for: asks for the summary as the page loads. */
import { sendToBackground } from '../messaging';
import './index';

void sendToBackground('autoSummarize', {}).catch(() => undefined);
